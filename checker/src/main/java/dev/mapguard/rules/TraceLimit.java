package dev.mapguard.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a trace readable and within what SARIF consumers accept: a call chain longer than
 * {@link #MAX_CALLS} keeps its first and last {@code MAX_CALLS / 2} calls and stands one step
 * for the ones between, at the first call it leaves out. GitHub code scanning rejects a result
 * with more than 10,000 thread-flow locations and shows at most 1,000, and a person reads the ends
 * of a chain (where the thread starts, where the map is touched), not its ten-thousandth frame.
 */
final class TraceLimit {
  static final int MAX_CALLS = 100;

  private TraceLimit() {}

  /** {@code calls} as they are when short enough, else their two ends around one summary step. */
  static List<TraceStep> abridge(List<TraceStep> calls) {
    if (calls.size() <= MAX_CALLS) return calls;
    int keep = MAX_CALLS / 2;
    int omitted = calls.size() - 2 * keep;
    TraceStep first = calls.get(keep);
    List<TraceStep> out = new ArrayList<>(calls.subList(0, keep));
    out.add(new TraceStep(TraceStep.Kind.CALL, first.pos(), String.format(
        "%s, then %,d further calls (omitted) up to the next step", first.message(), omitted - 1)));
    out.addAll(calls.subList(calls.size() - keep, calls.size()));
    return out;
  }
}
