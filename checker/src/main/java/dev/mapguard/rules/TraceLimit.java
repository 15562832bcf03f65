package dev.mapguard.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Keeps traces readable and within what SARIF consumers accept. A call chain longer than
 * {@link #MAX_CALLS} keeps its first and last {@code MAX_CALLS / 2} calls in SARIF, and one step
 * for the ones between, at the first call it leaves out: GitHub code scanning rejects a result
 * with more than 10,000 thread-flow locations and shows at most 1,000. The one-line path of a
 * javac message keeps {@link #MESSAGE_ENDS} names at each end. A person reads the ends of a chain
 * (where the thread starts, where the map is touched), not its ten-thousandth frame.
 */
final class TraceLimit {
  static final int MAX_CALLS = 100;
  static final int MESSAGE_ENDS = 4;

  private TraceLimit() {}

  /** {@code calls} as they are when short enough, else their two ends around one summary step. */
  static List<TraceStep> abridge(List<TraceStep> calls) {
    return abridge(calls, MAX_CALLS / 2, (first, omitted) -> new TraceStep(TraceStep.Kind.CALL,
        first.pos(), String.format("%s, then %,d further calls (omitted) up to the next step",
            first.message(), omitted - 1)));
  }

  /** The method names of a message's path, with the middle of a long chain replaced by a count. */
  static List<String> abridgeNames(List<String> names) {
    return abridge(names, MESSAGE_ENDS, (first, omitted) -> String.format("(%,d more)", omitted));
  }

  /**
   * {@code items} when at most {@code 2 * keep + 1} long (a marker would save nothing), else the
   * first and last {@code keep} around {@code marker(first item left out, number left out)}.
   */
  private static <T> List<T> abridge(List<T> items, int keep, BiFunction<T, Integer, T> marker) {
    if (items.size() <= 2 * keep + 1) return items;
    int omitted = items.size() - 2 * keep;
    List<T> out = new ArrayList<>(items.subList(0, keep));
    out.add(marker.apply(items.get(keep), omitted));
    out.addAll(items.subList(items.size() - keep, items.size()));
    return out;
  }
}
