package dev.mapguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictFileTest {
  private static final Judgement JUDGED = new Judgement(Judgement.Verdict.FALSE, Judgement.Cause.WHICH_OBJECT,
      "the reader's ZKConfig is a fresh one", Judgement.Answer.NO, Judgement.Answer.YES, Judgement.Answer.PARTLY);

  private static VerdictFileFormat.Parsed roundTrip(VerdictFile file) {
    return VerdictFileFormat.parse(file.library(), "lib.md", VerdictFileFormat.write(file, "summary"));
  }

  @Test
  void writesAndReadsBackEveryField() {
    SarifFindings.Finding f = new SarifFindings.Finding("mapguard/v1=ab:1", "UnguardedMapAccess", "x/Y.java:12",
        "Map `m` is written",
        List.of(List.of("x/Y.java:3  thread root", "  x/Y.java:12  put"), List.of("x/Z.java:4  get")));
    VerdictFile file = new VerdictFile("lib", 7, List.of(new VerdictEntry(f, JUDGED),
        new VerdictEntry(StratifiedSampleTest.finding("A", 1), Judgement.BLANK)));
    VerdictFileFormat.Parsed p = roundTrip(file);
    assertEquals(List.of(), p.errors());
    assertEquals(file, p.file());
  }

  @Test
  void malformedFieldsAreErrorsWithTheirLine() {
    List<String> lines = new ArrayList<>(VerdictFileFormat.write(new VerdictFile("lib", 7,
        List.of(new VerdictEntry(StratifiedSampleTest.finding("A", 1), Judgement.BLANK))), null));
    lines.replaceAll(l -> l.equals("- verdict:") ? "- verdict: MAYBE" : l.equals("- cause:") ? "- colour: red" : l);
    VerdictFileFormat.Parsed p = VerdictFileFormat.parse("lib", "lib.md", lines);
    assertEquals(2, p.errors().size(), p.errors().toString());
    assertTrue(p.errors().get(0).matches("lib\\.md:\\d+: verdict: 'maybe' is not one of: TRUE, FALSE or UNSURE"),
        p.errors().get(0));
  }

  @Test
  void aFalseVerdictNeedsACauseAndAReason() {
    Judgement j = new Judgement(Judgement.Verdict.FALSE, null, null, Judgement.Answer.NO, Judgement.Answer.NO,
        Judgement.Answer.NO);
    assertEquals(2, j.problems().size());
    assertEquals(Judgement.Cause.LOCK_NOT_RECOGNISED, Judgement.cause("lock not recognized"));
  }

  @Test
  void resamplingKeepsVerdictsAndDropsOnlyBlankEntriesNoLongerDrawn() {
    List<SarifFindings.Finding> run1 = StratifiedSampleTest.findings(Map.of("A", 30, "B", 5));
    VerdictFile first = Resampling.resample("lib", null, 9, run1, 20);
    assertEquals(20, first.entries().size());
    // someone judges two findings; the next run loses one of them and one blank entry
    VerdictEntry judgedStays = first.entries().get(0);
    VerdictEntry judgedGoes = first.entries().get(1);
    VerdictEntry blankGoes = first.entries().get(2);
    List<VerdictEntry> edited = new ArrayList<>(first.entries());
    edited.set(0, new VerdictEntry(judgedStays.finding(), JUDGED));
    edited.set(1, new VerdictEntry(judgedGoes.finding(), JUDGED));
    List<SarifFindings.Finding> run2 = new ArrayList<>(run1);
    run2.remove(judgedGoes.finding());
    run2.remove(blankGoes.finding());
    VerdictFile second = Resampling.resample("lib", new VerdictFile("lib", 9, edited), 9, run2, 20);
    Map<String, VerdictEntry> by = second.byFingerprint();
    assertEquals(JUDGED, by.get(judgedStays.fingerprint()).judgement());
    assertEquals(JUDGED, by.get(judgedGoes.fingerprint()).judgement(), "a gone verdict is kept");
    assertTrue(!by.containsKey(blankGoes.fingerprint()));
    assertEquals(judgedGoes.fingerprint(), second.entries().get(second.entries().size() - 1).fingerprint(),
        "gone entries last");

    TriageTally t = TriageTally.of("lib", run2, second, 20);
    assertEquals(1, t.judged());
    assertEquals(0.0, t.precision());
    assertEquals(List.of(judgedGoes.fingerprint()), t.gone().stream().map(VerdictEntry::fingerprint).toList());
    assertEquals(List.of(), t.notInFile());
    assertEquals(List.of(), t.changed());

    // reworded, the same pair: nothing to judge again; another thread at the other end: judge again
    SarifFindings.Finding before = judgedStays.finding();
    List<SarifFindings.Finding> run3 = new ArrayList<>(run2);
    run3.set(run3.indexOf(before), new SarifFindings.Finding(before.fingerprint(), before.rule(),
        before.location(), before.message() + " (held here: no lock)", before.traces()));
    assertEquals(List.of(), TriageTally.of("lib", run3, second, 20).changed());
    List<List<String>> otherThread = List.of(List.of("x/Main.java:3  thread root", "  x/Y.java:12  put"),
        List.of("x/Pool.java:9  executor task", "  x/Y.java:20  get"));
    run3.set(run3.indexOf(run3.stream().filter(x -> x.fingerprint().equals(before.fingerprint())).findFirst()
        .orElseThrow()), new SarifFindings.Finding(before.fingerprint(), before.rule(), before.location(),
        before.message(), otherThread));
    TriageTally t3 = TriageTally.of("lib", run3, second, 20);
    assertEquals(List.of(before.fingerprint()),
        t3.changed().stream().map(SarifFindings.Finding::fingerprint).toList());
    assertEquals(JUDGED, Resampling.resample("lib", second, 9, run3, 20).byFingerprint()
        .get(before.fingerprint()).judgement(), "kept unless asked");
    VerdictEntry again = Resampling.resample("lib", second, 9, run3, 20, true).byFingerprint().get(before.fingerprint());
    assertEquals(Judgement.BLANK, again.judgement());
    assertEquals(otherThread, again.finding().traces());
  }
}
