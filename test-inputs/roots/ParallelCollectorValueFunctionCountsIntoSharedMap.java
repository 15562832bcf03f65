import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bug: an indexer collects words with a parallel stream, and the value function it gives
 * {@code Collectors.toMap} also counts each word into the indexer's plain map. A parallel stream
 * runs the collector's functions on several threads at once, so the counts are updated
 * concurrently. (A sequential stream would run them on the caller's thread, as
 * traps/CollectorLambdaRunsInsideSynchronizedMethod does.)
 */
public class ParallelCollectorValueFunctionCountsIntoSharedMap {
  private final Map<String, Integer> seen = new HashMap<>();

  public Map<String, Integer> index(List<String> words) {
    return words.parallelStream()
        .distinct()
        .collect(Collectors.toMap(w -> w, w -> seen.merge(w, 1, Integer::sum))); // expect: UnguardedMapAccess
  }
}
