package dev.mapguard.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the plugin's arguments into {@code key=value} options. javac hands a plugin the text
 * after {@code -Xplugin:MapGuard} already split at whitespace, so a path with a space arrives in
 * pieces. Two ways bring it back together:
 *
 * <ul>
 *   <li>a value in double quotes runs to the closing quote ({@code sarif="my job/x.sarif"});
 *   <li>an unquoted path value ({@code sarif}, {@code srcroot}) goes on over the following pieces
 *       that hold no {@code =} and are not a flag: a build property that expands to a path with
 *       a space ({@code sarif=${project.build.directory}/mapguard/}) works as written.
 * </ul>
 *
 * javac keeps one space where a path had several (or a tab): such a path cannot be passed.
 */
final class OptionTokens {
  /** One option as written; {@code value} is "" for a flag. */
  record Token(String key, String value) {}

  private final Set<String> pathKeys;
  private final Set<String> flags;

  OptionTokens(Set<String> pathKeys, Set<String> flags) {
    this.pathKeys = pathKeys;
    this.flags = flags;
  }

  List<Token> split(String... args) throws PluginOptions.OptionsException {
    // javac's pieces (one per word) and a caller's whole options (the CLI's) read the same way
    String text = String.join(" ", nonNull(args)).strip();
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = wordEnd(text, i);
      String word = text.substring(i, end);
      int eq = word.indexOf('=');
      if (eq < 0) {
        out.add(new Token(word, ""));
        i = skipSpace(text, end);
        continue;
      }
      String key = word.substring(0, eq);
      int valueStart = i + eq + 1;
      if (valueStart < text.length() && text.charAt(valueStart) == '"') {
        int close = text.indexOf('"', valueStart + 1);
        if (close < 0) {
          throw new PluginOptions.OptionsException(key + "= has an opening quote but no closing"
              + " one; write " + key + "=\"...\"");
        }
        out.add(new Token(key, text.substring(valueStart + 1, close)));
        end = close + 1;
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          throw new PluginOptions.OptionsException("text right after the closing quote of " + key
              + "=\"" + text.substring(valueStart + 1, close) + "\"; put a space before the next option");
        }
        i = skipSpace(text, end);
        continue;
      }
      StringBuilder value = new StringBuilder(text.substring(valueStart, end));
      i = skipSpace(text, end);
      if (pathKeys.contains(key)) {
        while (i < text.length()) {
          int next = wordEnd(text, i);
          String piece = text.substring(i, next);
          if (piece.indexOf('=') >= 0 || flags.contains(piece)) break;
          value.append(' ').append(piece);
          i = skipSpace(text, next);
        }
      }
      out.add(new Token(key, value.toString()));
    }
    return out;
  }

  private static List<String> nonNull(String... args) {
    List<String> out = new ArrayList<>();
    for (String a : args) if (a != null && !a.isBlank()) out.add(a);
    return out;
  }

  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }
}
