package dev.mapguard.report.sarif;

import java.util.regex.Pattern;

/**
 * Plain text from the small markdown subset the rule pages use (headings, fences, inline code,
 * emphasis, links), for SARIF's {@code text} properties, which viewers show verbatim.
 */
final class MarkdownText {
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
  private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*```.*\\n?");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private MarkdownText() {}

  static String plain(String markdown) {
    String s = FENCE.matcher(markdown).replaceAll("");
    s = HEADING.matcher(s).replaceAll("");
    s = LINK.matcher(s).replaceAll("$1 ($2)");
    s = STRONG.matcher(s).replaceAll("$2");
    return CODE.matcher(s).replaceAll("$1");
  }
}
