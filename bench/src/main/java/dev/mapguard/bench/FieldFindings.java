package dev.mapguard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What MapGuard reported at the listed accesses of one map field in one version of a real bug: the
 * race findings by line, and the other findings there. A finding is at an access when its location
 * or one of its related locations (the other side of a race) is in the field's file at that line.
 *
 * @param raceRulesByLine listed lines with a race finding, and its rules
 * @param others          findings of the other rules at the listed lines (reported, not counted)
 * @param inFile          findings of any rule anywhere in the field's file
 */
record FieldFindings(Map<Integer, Set<String>> raceRulesByLine, List<SarifResults.Result> others, int inFile) {

  /**
   * The rules that report a race on a map that is not thread-safe: what catching one of these bugs
   * means. ConcurrentMapCheckThenAct and SharedMapEscape report other problems (a fix may leave a
   * check-then-act on the new ConcurrentHashMap: that is not the bug coming back).
   */
  static final Set<String> RACE_RULES = Set.of("UnguardedMapAccess", "InconsistentMapLocking",
      "GuardedByViolation", "UnsafeMapPublication", "SynchronizedMapIteration");

  static FieldFindings of(RealBug.Version v, List<SarifResults.Result> results) {
    Map<Integer, Set<String>> byLine = new TreeMap<>();
    List<SarifResults.Result> others = new ArrayList<>();
    int inFile = 0;
    for (SarifResults.Result r : results) {
      if (r.places().stream().anyMatch(p -> inFile(v, p))) inFile++;
      List<Integer> lines = r.places().stream().filter(p -> inFile(v, p) && v.lines().contains(p.line()))
          .map(SarifResults.Place::line).distinct().toList();
      if (lines.isEmpty()) continue;
      if (RACE_RULES.contains(r.rule())) {
        for (int line : lines) byLine.computeIfAbsent(line, k -> new TreeSet<>()).add(r.rule());
      } else {
        others.add(r);
      }
    }
    return new FieldFindings(byLine, List.copyOf(others), inFile);
  }

  /** The log's paths are relative to the unpacked sources jar, so they are the column's paths. */
  private static boolean inFile(RealBug.Version v, SarifResults.Place p) {
    return p.uri().equals(v.file()) || p.uri().endsWith("/" + v.file());
  }

  /** Buggy side: at least one listed access has a race finding. Fixed side: this means not silent. */
  boolean flagged() {
    return !raceRulesByLine.isEmpty();
  }
}
