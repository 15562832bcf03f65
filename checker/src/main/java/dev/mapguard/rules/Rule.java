package dev.mapguard.rules;

import dev.mapguard.analysis.AnalysisResult;
import java.util.List;

/** A check over the analysis result. Its id is the SARIF ruleId and the suppression key. */
public interface Rule {
  String id();

  Severity defaultSeverity();

  /** One line: what the rule finds. */
  String summary();

  /**
   * How often a finding of this rule is a real bug, as SARIF's {@code precision} property:
   * {@code very-high}, {@code high}, {@code medium} or {@code low}.
   */
  default String precision() {
    return "high";
  }

  List<Candidate> check(AnalysisResult result);

  /**
   * Rules whose finding on the same map and line says it better: a candidate of this rule is
   * dropped there (one mistake, one warning). Empty for most rules.
   */
  default java.util.Set<String> yieldsTo() {
    return java.util.Set.of();
  }
}
