package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a javac log says about MapGuard: its findings ({@code File.java:12: warning: [Rule] msg}),
 * its internal errors, and its {@code stats} line.
 */
record CompilerLog(List<LoggedFinding> findings, List<String> internalErrors, Map<String, Long> stats) {

  /** One finding as javac printed it. */
  record LoggedFinding(String rule, String file, int line, String message) {}

  private static final Pattern FINDING =
      Pattern.compile("^(.+\\.java):(\\d+): (?:warning|error|Note|note): \\[([A-Za-z]+)\\] (.*)$");
  private static final Pattern INTERNAL = Pattern.compile("\\[MapGuard\\] internal error .*");
  private static final String STATS = "[MapGuard] stats: ";

  static CompilerLog read(Path log) throws IOException {
    List<LoggedFinding> findings = new ArrayList<>();
    List<String> internal = new ArrayList<>();
    Map<String, Long> stats = new LinkedHashMap<>();
    for (String line : Files.readAllLines(log)) {
      Matcher i = INTERNAL.matcher(line);
      if (i.find()) {
        internal.add(line.strip());
        continue;
      }
      Matcher m = FINDING.matcher(line);
      if (m.matches() && !m.group(3).equals("MapGuard")) {
        findings.add(new LoggedFinding(m.group(3), m.group(1), Integer.parseInt(m.group(2)), m.group(4)));
      } else if (line.startsWith(STATS)) {
        for (String kv : line.substring(STATS.length()).split(" ")) {
          int eq = kv.indexOf('=');
          if (eq > 0 && kv.substring(eq + 1).matches("\\d+")) {
            stats.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
          }
        }
      }
    }
    return new CompilerLog(List.copyOf(findings), List.copyOf(internal), Map.copyOf(stats));
  }

  /** Findings counted by rule, rules in name order. */
  Map<String, Integer> byRule() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    for (LoggedFinding f : findings) out.merge(f.rule(), 1, Integer::sum);
    return out;
  }
}
