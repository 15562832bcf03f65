package dev.mapguard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a verdict file (bench/triage/LIBRARY.md): Markdown a person edits, and this
 * class reads back strictly, so that a typo in a verdict is an error rather than a lost verdict.
 * Layout (docs/triage.md): a header with {@code seed: N}, then per finding a heading
 * {@code ## FINGERPRINT}, its fields as {@code - key: value}, and its traces in a fenced block.
 */
final class VerdictFileFormat {
  /** The outcome of reading a file: its content, and what is wrong with it ({@code file:line: what}). */
  record Parsed(VerdictFile file, List<String> errors) {}

  private static final String FENCE = "```";
  static final List<String> SNAPSHOT_KEYS = List.of("rule", "location", "message");
  static final List<String> JUDGEMENT_KEYS =
      List.of("verdict", "cause", "reason", "feasible", "fix-line", "understandable");

  private VerdictFileFormat() {}

  static List<String> write(VerdictFile file, String drawnSummary) {
    List<String> out = new ArrayList<>();
    out.add("# MapGuard triage: " + file.library());
    out.add("");
    out.add("Findings of the latest `bench/realworld` run on " + file.library() + ", drawn at random (seeded,");
    out.add("stratified by rule) by `bench/triage/run sample`, to be judged by hand as docs/triage.md says.");
    out.add("Fill in the six fields under a finding; resampling keeps them (the heading is the finding's");
    out.add("SARIF fingerprint, which does not change when lines move).");
    out.add("");
    out.add("- verdict: TRUE, FALSE or UNSURE");
    out.add("- cause (FALSE; UNSURE may name one): " + String.join(", ",
        java.util.Arrays.stream(Judgement.Cause.values()).map(Judgement.Cause::label).toList()));
    out.add("- reason: one line (TRUE: the interleaving; FALSE: why it cannot happen; UNSURE: what is open)");
    out.add("- feasible, fix-line: yes or no; understandable: yes, partly or no");
    out.add("");
    out.add("seed: " + file.seed());
    if (drawnSummary != null) out.add("drawn: " + drawnSummary);
    for (VerdictEntry e : file.entries()) {
      SarifFindings.Finding f = e.finding();
      out.add("");
      out.add("## " + f.fingerprint());
      out.add("");
      out.add("- rule: " + oneLine(f.rule()));
      out.add("- location: " + oneLine(f.location()));
      out.add("- message: " + oneLine(f.message()));
      out.add("");
      out.add(FENCE);
      int side = 0;
      for (List<String> trace : f.traces()) {
        out.add("trace " + (++side));
        for (String step : trace) out.add("  " + oneLine(step));
      }
      out.add(FENCE);
      out.add("");
      Judgement j = e.judgement();
      field(out, "verdict", j.verdict() == null ? null : j.verdict().name());
      field(out, "cause", j.cause() == null ? null : j.cause().label());
      field(out, "reason", j.reason());
      field(out, "feasible", j.feasible() == null ? null : j.feasible().label());
      field(out, "fix-line", j.fixLine() == null ? null : j.fixLine().label());
      field(out, "understandable", j.understandable() == null ? null : j.understandable().label());
    }
    return out;
  }

  private static void field(List<String> out, String key, String value) {
    out.add(value == null ? "- " + key + ":" : "- " + key + ": " + oneLine(value));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** {@code name}: the file's name in error messages. */
  static Parsed parse(String library, String name, List<String> lines) {
    Reader r = new Reader(name);
    for (int i = 0; i < lines.size(); i++) r.line(i + 1, lines.get(i));
    return r.finish(library);
  }

  /** A line-by-line reader: header, then entries; inside an entry, fields and one fenced trace block. */
  private static final class Reader {
    private final String name;
    private final List<String> errors = new ArrayList<>();
    private final List<VerdictEntry> entries = new ArrayList<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    private Long seed;
    private boolean inFence;
    private Entry current;

    Reader(String name) {
      this.name = name;
    }

    void line(int no, String line) {
      if (inFence) {
        if (line.strip().equals(FENCE)) inFence = false;
        else current.trace(line);
        return;
      }
      if (line.startsWith("## ")) {
        close();
        String fp = line.substring(3).strip();
        if (!seen.add(fp)) error(no, "fingerprint " + fp + " appears twice");
        current = new Entry(fp, no);
      } else if (current == null) {
        if (line.startsWith("seed:")) seed = number(no, line.substring(5).strip());
      } else if (line.strip().equals(FENCE)) {
        inFence = true;
      } else if (line.startsWith("- ") && line.indexOf(':') > 2) {
        int colon = line.indexOf(':');
        current.field(no, line.substring(2, colon).strip(), line.substring(colon + 1).strip());
      } else if (!line.isBlank()) {
        error(no, "not a '- key: value' field: " + line);
      }
    }

    private Long number(int no, String text) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        error(no, "seed is not a number: " + text);
        return null;
      }
    }

    private void close() {
      if (current != null) entries.add(current.build());
      current = null;
    }

    Parsed finish(String library) {
      if (inFence) error(0, "a fenced trace block is not closed");
      close();
      if (seed == null) error(0, "no 'seed: N' line before the first finding");
      return new Parsed(new VerdictFile(library, seed == null ? 0 : seed, List.copyOf(entries)), List.copyOf(errors));
    }

    void error(int no, String what) {
      errors.add(name + (no > 0 ? ":" + no : "") + ": " + what);
    }

    /** The fields of one entry as they are read. */
    private final class Entry {
      final String fingerprint;
      final int line;
      final Map<String, String> fields = new java.util.LinkedHashMap<>();
      final List<List<String>> traces = new ArrayList<>();
      Judgement.Verdict verdict;
      Judgement.Cause cause;
      Judgement.Answer feasible;
      Judgement.Answer fixLine;
      Judgement.Answer understandable;

      Entry(String fingerprint, int line) {
        this.fingerprint = fingerprint;
        this.line = line;
      }

      void trace(String text) {
        if (text.startsWith("trace ")) traces.add(new ArrayList<>());
        else if (!traces.isEmpty() && text.startsWith("  ")) traces.get(traces.size() - 1).add(text.substring(2));
        else if (!text.isBlank()) error(line, "a trace line outside 'trace N': " + text);
      }

      void field(int no, String key, String value) {
        if (!SNAPSHOT_KEYS.contains(key) && !JUDGEMENT_KEYS.contains(key)) {
          error(no, "unknown field '" + key + "' (known: " + String.join(", ", SNAPSHOT_KEYS) + ", "
              + String.join(", ", JUDGEMENT_KEYS) + ")");
          return;
        }
        if (fields.put(key, value) != null) error(no, "field '" + key + "' given twice");
        if (value.isEmpty()) return;
        try {
          switch (key) {
            case "verdict" -> verdict = Judgement.verdict(value);
            case "cause" -> cause = Judgement.cause(value);
            case "feasible" -> feasible = Judgement.answer(value);
            case "fix-line" -> fixLine = Judgement.answer(value);
            case "understandable" -> understandable = Judgement.answer(value);
            default -> { } // free text
          }
        } catch (IllegalArgumentException e) {
          error(no, key + ": " + e.getMessage());
        }
      }

      VerdictEntry build() {
        for (String key : SNAPSHOT_KEYS) {
          if (!fields.containsKey(key)) error(line, "finding " + fingerprint + " has no '" + key + "'");
        }
        Judgement j = new Judgement(verdict, cause, text("reason"), feasible, fixLine, understandable);
        for (String p : j.problems()) error(line, "finding " + fingerprint + ": " + p);
        SarifFindings.Finding f = new SarifFindings.Finding(fingerprint, fields.getOrDefault("rule", ""),
            fields.getOrDefault("location", ""), fields.getOrDefault("message", ""),
            traces.stream().map(List::copyOf).toList());
        return new VerdictEntry(f, j);
      }

      private String text(String key) {
        String v = fields.get(key);
        return v == null || v.isEmpty() ? null : v;
      }
    }
  }
}
