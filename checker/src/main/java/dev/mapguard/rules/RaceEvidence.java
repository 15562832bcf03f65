package dev.mapguard.rules;

import dev.mapguard.analysis.AccessSite;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.Race;
import dev.mapguard.analysis.TracePath;
import java.util.ArrayList;
import java.util.List;

/**
 * What a race finding shows besides its message: the threads of both sides, the racing access as
 * a related location, and one trace per side (one only when an access races with itself on one
 * self-concurrent thread).
 */
record RaceEvidence(AccessSite a, AccessSite b, String threadA, String threadB, TracePath pathA,
                    boolean twoSides, List<RelatedLocation> related, List<Trace> traces) {

  static RaceEvidence of(AnalysisResult result, FindingText text, Race r, String mapDisplay) {
    AccessSite a = r.a();
    AccessSite b = r.b();
    TracePath pa = result.trace(a, r.contextA());
    TracePath pb = result.trace(b, r.contextB());
    String threadA = text.thread(r.contextA(), pa);
    String threadB = text.thread(r.contextB(), pb);
    boolean twoSides = a != b || r.contextA() != r.contextB();
    List<RelatedLocation> related = new ArrayList<>();
    List<Trace> traces = new ArrayList<>();
    traces.add(text.trace(a, r.contextA(), pa, mapDisplay));
    if (twoSides) {
      related.add(new RelatedLocation(b.access().pos(), "the " + FindingText.phrase(b) + " on "
          + threadB + " that this access races with"));
      traces.add(text.trace(b, r.contextB(), pb, mapDisplay));
    }
    return new RaceEvidence(a, b, threadA, threadB, pa, twoSides, related, traces);
  }

  /** One access racing with itself on a thread that runs several times at once. */
  boolean selfRace() {
    return !twoSides;
  }
}
