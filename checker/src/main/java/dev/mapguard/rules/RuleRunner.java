package dev.mapguard.rules;

import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
    for (Rule rule : rules) {
      for (Candidate c : rule.check(result)) {
        if (suppressed(result, rule.id(), c)) continue;
        Finding f = c.finding();
        String key = f.ruleId() + "|" + c.cellId() + "|" + f.primary().file() + "|" + f.primary().line();
        if (!seen.add(key)) continue;
        out.add(level == null ? f : f.withSeverity(level));
      }
    }
    out.sort(null);
    return out;
  }

  private static boolean suppressed(AnalysisResult result, String ruleId, Candidate c) {
    MethodInfo m = result.program().method(c.methodId());
    if (m != null && (m.suppressions().contains(ruleId) || m.suppressions().contains(ALL_RULES))) {
      return true;
    }
    FieldInfo f = c.fieldId() == null ? null : result.program().field(c.fieldId());
    return f != null && (f.suppressions().contains(ruleId) || f.suppressions().contains(ALL_RULES));
  }
}
