package dev.mapguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mapguard.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceLimitTest {
  private static List<TraceStep> calls(int n) {
    List<TraceStep> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new TraceStep(TraceStep.Kind.CALL, new SourcePos("Chain.java", i + 1, 1, i + 1, 9, -1, -1), "calls m" + i + "()"));
    }
    return out;
  }

  @Test
  void aChainWithinTheLimitIsKeptWhole() {
    List<TraceStep> calls = calls(TraceLimit.MAX_CALLS + 1); // a summary step would save nothing
    assertSame(calls, TraceLimit.abridge(calls));
  }

  @Test
  void aTenThousandCallChainKeepsBothEndsAndNamesWhatItLeavesOut() {
    List<TraceStep> abridged = TraceLimit.abridge(calls(10_000));
    assertEquals(TraceLimit.MAX_CALLS + 1, abridged.size());
    assertEquals("calls m0()", abridged.get(0).message());
    assertEquals("calls m49()", abridged.get(49).message());
    TraceStep summary = abridged.get(50);
    assertEquals(51, summary.pos().line());
    assertEquals("calls m50(), then 9,899 further calls (omitted) up to the next step", summary.message());
    assertEquals("calls m9950()", abridged.get(51).message());
    assertEquals("calls m9999()", abridged.get(100).message());
  }

  @Test
  void aMessagePathKeepsFourNamesAtEachEnd() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 10_001; i++) names.add("step" + i + "()");
    assertEquals("step0() -> step1() -> step2() -> step3() -> (9,993 more) -> step9997() -> "
        + "step9998() -> step9999() -> step10000()", String.join(" -> ", TraceLimit.abridgeNames(names)));
    List<String> short9 = names.subList(0, 9);
    assertSame(short9, TraceLimit.abridgeNames(short9));
  }
}
