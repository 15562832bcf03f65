package dev.mapguard.report.sarif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's page from {@code docs/rules/<id>.md}, which the build copies into the jar: the one
 * source of the help that SARIF carries. A page is a title line ({@code # Id}), then a paragraph
 * that sums the rule up, then its sections.
 *
 * @param summary  the first paragraph, as markdown
 * @param body     the page without its title, as markdown, relative links made absolute
 */
public record RuleDoc(String ruleId, String summary, String body) {
  /** Where the build puts the pages inside the jar. */
  static final String RESOURCE_FOLDER = "/dev/mapguard/rules/docs/";

  private static final Pattern LINK = Pattern.compile("(\\]\\()([^)\\s]+)(\\))");

  /**
   * Loads the page of {@code ruleId}; {@code pageUri} is where the page is published, against
   * which its relative links are resolved (they would point nowhere inside a SARIF viewer).
   */
  public static RuleDoc load(String ruleId, URI pageUri) {
    String markdown;
    try (InputStream in = RuleDoc.class.getResourceAsStream(RESOURCE_FOLDER + ruleId + ".md")) {
      if (in == null) {
        throw new IllegalStateException("rule " + ruleId + " has no page: docs/rules/" + ruleId
            + ".md is missing from the MapGuard jar");
      }
      markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(ruleId, markdown, pageUri);
  }

  static RuleDoc parse(String ruleId, String markdown, URI pageUri) {
    List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) i++;
    if (i == lines.size() || !lines.get(i).startsWith("# ")) {
      throw new IllegalStateException("docs/rules/" + ruleId + ".md does not start with a '# title' line");
    }
    i++;
    while (i < lines.size() && lines.get(i).isBlank()) i++;
    int bodyStart = i;
    List<String> first = new ArrayList<>();
    while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
      first.add(lines.get(i).trim());
      i++;
    }
    if (first.isEmpty()) {
      throw new IllegalStateException("docs/rules/" + ruleId + ".md has no summary paragraph after its title");
    }
    String body = String.join("\n", lines.subList(bodyStart, lines.size())).strip();
    return new RuleDoc(ruleId, absoluteLinks(String.join(" ", first), pageUri),
        absoluteLinks(body, pageUri));
  }

  private static String absoluteLinks(String markdown, URI pageUri) {
    Matcher m = LINK.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String target = m.group(2);
      String resolved = target;
      try {
        URI uri = new URI(target);
        if (!uri.isAbsolute()) resolved = pageUri.resolve(uri).toString();
      } catch (URISyntaxException e) {
        // not a link target a browser could follow either: leave it as written
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + resolved + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The summary as plain text. */
  public String summaryText() {
    return MarkdownText.plain(summary);
  }

  /** The page as plain text. */
  public String bodyText() {
    return MarkdownText.plain(body);
  }
}
