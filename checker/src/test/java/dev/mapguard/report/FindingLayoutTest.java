package dev.mapguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.model.SourcePos;
import dev.mapguard.rules.Finding;
import dev.mapguard.rules.RelatedLocation;
import dev.mapguard.rules.Severity;
import dev.mapguard.rules.Trace;
import dev.mapguard.rules.TraceStep;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The console layout of a finding: a short first line, details indented, the rule's page. */
class FindingLayoutTest {
  private static SourcePos at(int line) {
    return new SourcePos("/p/A.java", line, 5, line, 20, 0, 0);
  }

  private static Finding finding(List<RelatedLocation> related, List<Trace> traces) {
    String message = "HashMap A.map is shared between threads without a common lock: the write (put)"
        + " here runs on executor task (ExecutorService.submit at A.java:3) and can overlap the read"
        + " (get) at A.java:9 on the calling thread (entering at A.get(..)). Path: lambda@3 -> fill(..).";
    return new Finding("UnguardedMapAccess", Severity.WARNING, message, at(5), "A.map", "A.fill()",
        "map.put(k, v)", related, traces, Optional.empty(), Optional.empty());
  }

  private static Trace side(int line, String access) {
    return new Trace("a thread", List.of(new TraceStep(TraceStep.Kind.THREAD_ROOT, at(3), "thread starts"),
        new TraceStep(TraceStep.Kind.ACCESS, at(line), access + " of A.map with no lock held")));
  }

  @Test
  void aRaceReadsAsOneLineNamingTheMapAndBothAccessesThenTheDetails() {
    String text = FindingLayout.text(finding(List.of(new RelatedLocation(at(9), "the read (get)")),
        List.of(side(5, "write (put)"), side(9, "read (get)"))));
    assertThat(text.lines().toList()).containsExactly(
        "[UnguardedMapAccess] A.map: write (put) here races with read (get) at A.java:9",
        "    The write (put) here runs on executor task (ExecutorService.submit at A.java:3) and can overlap",
        "      the read (get) at A.java:9 on the calling thread (entering at A.get(..)).",
        "    Path: lambda@3 -> fill(..).",
        "    rule: https://github.com/mapguard/mapguard/blob/main/docs/rules/UnguardedMapAccess.md");
  }

  @Test
  void withoutTwoSidesTheFirstLineIsTheMessageUpToItsColon() {
    String text = FindingLayout.text(finding(List.of(), List.of(side(5, "write (put)"))));
    assertThat(text.lines().findFirst()).hasValue(
        "[UnguardedMapAccess] HashMap A.map is shared between threads without a common lock");
    assertThat(text).contains("\n    The write (put) here runs on");
  }
}
