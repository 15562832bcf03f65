package dev.mapguard.rules;

import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the enabled rules and turns their candidates into the findings users see: suppressed
 * ones dropped, one finding per rule, map and line, at the requested level, in a fixed order.
 */
public final class RuleRunner {
  /** The suppression key that silences every MapGuard rule. */
  public static final String ALL_RULES = "MapGuard";

  private final Collection<Rule> rules;
  private final Severity level;

  /**
   * @param level the severity every finding is reported at, or null for each rule's default
   */
  public RuleRunner(Collection<Rule> rules, Severity level) {
    this.rules = rules;
    this.level = level;
  }

  public List<Finding> run(AnalysisResult result) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<Rule, List<Candidate>> candidates = new LinkedHashMap<>();
    Set<String> reported = new HashSet<>(); // rule|cell|file|line of every candidate, suppressed or not
    for (Rule rule : rules) {
      List<Candidate> cs = rule.check(result);
      candidates.put(rule, cs);
      for (Candidate c : cs) reported.add(rule.id() + "|" + place(c));
    }
    for (Map.Entry<Rule, List<Candidate>> e : candidates.entrySet()) {
      Rule rule = e.getKey();
      for (Candidate c : e.getValue()) {
        if (suppressed(result, rule.id(), c) || yields(rule, c, reported)) continue;
        Finding f = c.finding();
        String key = f.ruleId() + "|" + place(c);
        if (!seen.add(key)) continue;
        out.add(level == null ? f : f.withSeverity(level));
      }
    }
    out.sort(null);
    return out;
  }

  private static String place(Candidate c) {
    return c.cellId() + "|" + c.finding().primary().file() + "|" + c.finding().primary().line();
  }

  private static boolean yields(Rule rule, Candidate c, Set<String> reported) {
    for (String other : rule.yieldsTo()) {
      if (reported.contains(other + "|" + place(c))) return true;
    }
    return false;
  }

  private static boolean suppressed(AnalysisResult result, String ruleId, Candidate c) {
    MethodInfo m = c.methodId() == null ? null : result.program().method(c.methodId());
    if (m != null && (m.suppressions().contains(ruleId) || m.suppressions().contains(ALL_RULES))) {
      return true;
    }
    FieldInfo f = c.fieldId() == null ? null : result.program().field(c.fieldId());
    return f != null && (f.suppressions().contains(ruleId) || f.suppressions().contains(ALL_RULES));
  }
}
