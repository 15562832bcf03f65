package dev.mapguard.bench;

/**
 * One finding in a verdict file: the finding as it was reported when it was drawn (or when it was
 * judged: a judged entry keeps the text its judgement refers to) and the judgement so far.
 */
record VerdictEntry(SarifFindings.Finding finding, Judgement judgement) {
  String fingerprint() {
    return finding.fingerprint();
  }
}
