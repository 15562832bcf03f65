// known-gap: misses the race: the accumulator/combiner parameters of collect(supplier, ...) are not tied to the shared field the supplier returns
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: a parallel collect whose supplier returns the same shared map every time, so all workers
 * accumulate into one HashMap at once (the supplier must return a fresh container).
 */
public class ParallelCollectIntoSharedMap {
  private final Map<String, Integer> histogram = new HashMap<>();

  public Map<String, Integer> count(List<String> words) {
    return words.parallelStream().collect(
        () -> histogram,
        (m, w) -> m.merge(w, 1, Integer::sum), // expect: UnguardedMapAccess
        Map::putAll); // expect: UnguardedMapAccess
  }
}
