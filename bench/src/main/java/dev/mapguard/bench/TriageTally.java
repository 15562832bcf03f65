package dev.mapguard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The triage numbers of one library (or of all, summed) for the latest run. Only entries whose
 * finding is still reported count; a verdict on a finding that is gone is listed, not counted.
 *
 * @param unjudged  findings of the sample that nobody has judged yet (new since the last judging)
 * @param notInFile findings the draw picks now that the verdict file does not have (run sample)
 * @param gone      judged entries whose finding the latest run no longer reports
 * @param changed   judged findings still reported with other ends than the ones judged: a trace
 *                  now starts at another thread root or ends at another access, so the pair judged
 *                  is not the pair reported (wording alone does not count)
 */
record TriageTally(String library, int findings, int sampled, int judged, int trues, int falses, int unsures,
                   int truesFeasible, List<SarifFindings.Finding> unjudged, List<SarifFindings.Finding> notInFile,
                   List<VerdictEntry> gone, List<SarifFindings.Finding> changed) {

  static TriageTally of(String library, List<SarifFindings.Finding> findings, VerdictFile file, int size) {
    Map<String, VerdictEntry> entries = file == null ? Map.of() : file.byFingerprint();
    Set<String> current = findings.stream().map(SarifFindings.Finding::fingerprint).collect(Collectors.toSet());
    int sampled = 0, judged = 0, t = 0, f = 0, u = 0, tf = 0;
    List<SarifFindings.Finding> unjudged = new ArrayList<>();
    List<SarifFindings.Finding> changed = new ArrayList<>();
    for (SarifFindings.Finding finding : findings) {
      VerdictEntry e = entries.get(finding.fingerprint());
      if (e == null) continue;
      sampled++;
      Judgement j = e.judgement();
      if (j.verdict() == null) {
        unjudged.add(finding);
        continue;
      }
      judged++;
      if (!e.finding().ends().equals(finding.ends())) changed.add(finding);
      switch (j.verdict()) {
        case TRUE -> {
          t++;
          if (j.feasible() == Judgement.Answer.YES) tf++;
        }
        case FALSE -> f++;
        case UNSURE -> u++;
      }
    }
    List<SarifFindings.Finding> notInFile = file == null ? List.of()
        : StratifiedSample.draw(findings, file.seed(), size).stream()
            .filter(x -> !entries.containsKey(x.fingerprint())).toList();
    List<VerdictEntry> gone = entries.values().stream()
        .filter(e -> e.judgement().verdict() != null && !current.contains(e.fingerprint())).toList();
    return new TriageTally(library, findings.size(), sampled, judged, t, f, u, tf, List.copyOf(unjudged),
        notInFile, gone, List.copyOf(changed));
  }

  /** The sum of several libraries' numbers (the lists joined). */
  static TriageTally sum(String name, List<TriageTally> all) {
    TriageTally s = new TriageTally(name, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of());
    for (TriageTally x : all) {
      s = new TriageTally(name, s.findings + x.findings, s.sampled + x.sampled, s.judged + x.judged,
          s.trues + x.trues, s.falses + x.falses, s.unsures + x.unsures, s.truesFeasible + x.truesFeasible,
          concat(s.unjudged, x.unjudged), concat(s.notInFile, x.notInFile), concat(s.gone, x.gone),
          concat(s.changed, x.changed));
    }
    return s;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  /** TRUE / (TRUE + FALSE); NaN before any TRUE or FALSE verdict. */
  double precision() {
    return trues + falses == 0 ? Double.NaN : (double) trues / (trues + falses);
  }

  /** The share of TRUE verdicts whose trace can happen; NaN without TRUE verdicts. */
  double feasibleShare() {
    return trues == 0 ? Double.NaN : (double) truesFeasible / trues;
  }
}
