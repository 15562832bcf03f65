package dev.mapguard.report;

import dev.mapguard.rules.Finding;
import dev.mapguard.rules.Trace;
import dev.mapguard.rules.TraceStep;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding as people read it in a console at volume: one short first line (the rule, the map,
 * what races with what) and the details indented below it, one sentence a line, then the link to
 * the rule's page. The words are the rule's own message (SARIF keeps it whole, on one line); only
 * the layout is made here.
 */
public final class FindingLayout {
  static final String INDENT = "    ";
  private static final int WIDTH = 100;

  private FindingLayout() {}

  /** {@code [Rule] headline}, then indented detail lines, separated by '\n'. */
  public static String text(Finding f) {
    return layout(f.ruleId(), f.message(), races(f) == null ? null : f.mapName() + ": " + races(f));
  }

  /**
   * The same layout for a finding known only by its rule and message (a SARIF result, in the
   * gate): the first line is the message up to its first colon.
   */
  public static String text(String ruleId, String message) {
    return layout(ruleId, message, null);
  }

  private static String layout(String ruleId, String message, String racesHeadline) {
    int colon = message.indexOf(": ");
    String headline;
    String rest;
    if (racesHeadline != null) {
      headline = racesHeadline;
      rest = colon > 0 ? message.substring(colon + 2) : message;
    } else if (colon > 0) {
      headline = message.substring(0, colon);
      rest = message.substring(colon + 2);
    } else {
      headline = message;
      rest = "";
    }
    StringBuilder sb = new StringBuilder("[").append(ruleId).append("] ").append(headline);
    for (String sentence : sentences(rest)) {
      for (String line : wrap(capitalised(sentence), WIDTH - INDENT.length())) {
        sb.append('\n').append(INDENT).append(line);
      }
    }
    sb.append('\n').append(INDENT).append("rule: ").append(RulePage.of(ruleId));
    return sb.toString();
  }

  /**
   * {@code write (put) here races with read (get) at A.java:30}, read off the two sides' traces,
   * or null when the finding is not one access racing with another.
   */
  private static String races(Finding f) {
    if (f.traces().size() < 2 || f.related().isEmpty()) return null;
    String here = accessPhrase(f.traces().get(0), f.mapName());
    String there = accessPhrase(f.traces().get(1), f.mapName());
    if (here == null || there == null) return null;
    return here + " here races with " + there + " at " + f.related().get(0).pos().shortText();
  }

  /** {@code write (put)} out of the trace's last step, {@code write (put) of A.map with no lock held}. */
  private static String accessPhrase(Trace t, String mapName) {
    if (t.steps().isEmpty()) return null;
    TraceStep last = t.steps().get(t.steps().size() - 1);
    int of = last.message().indexOf(" of " + mapName);
    return last.kind() == TraceStep.Kind.ACCESS && of > 0 ? last.message().substring(0, of) : null;
  }

  /** The message's sentences: split after a full stop that ends a word and precedes a capital. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i + 2 < text.length(); i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
        out.add(text.substring(start, i + 1));
        start = i + 2;
      }
    }
    if (start < text.length() && !text.substring(start).isBlank()) out.add(text.substring(start));
    return out;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Word-wrapped at {@code width}; continuation lines indented by two more spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder("  ");
      }
      if (line.length() > 0 && !line.toString().isBlank()) line.append(' ');
      line.append(word);
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }
}
