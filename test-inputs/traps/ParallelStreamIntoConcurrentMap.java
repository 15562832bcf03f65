import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Trap: parallel stream workers merge into a ConcurrentHashMap (atomic merge), or collect with
 * toConcurrentMap / groupingByConcurrent, whose containers are concurrent maps.
 */
public class ParallelStreamIntoConcurrentMap {
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();

  public void count(List<String> words) {
    words.parallelStream().forEach(w -> counts.merge(w, 1, Integer::sum));
  }

  public ConcurrentMap<Integer, List<String>> byLength(List<String> words) {
    return words.parallelStream().collect(Collectors.groupingByConcurrent(String::length));
  }

  public ConcurrentMap<String, Integer> lengths(List<String> words) {
    return words.parallelStream().collect(Collectors.toConcurrentMap(w -> w, String::length, (a, b) -> a));
  }
}
