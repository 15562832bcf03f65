package dev.mapguard.rules;

import dev.mapguard.analysis.AnalysisResult;
import java.util.List;

/** A check over the analysis result. Its id is the SARIF ruleId and the suppression key. */
public interface Rule {
  String id();

  Severity defaultSeverity();

  /** One line: what the rule finds. */
  String summary();

  List<Candidate> check(AnalysisResult result);
}
