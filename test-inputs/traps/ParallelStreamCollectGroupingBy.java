import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Trap: a parallel stream that collects with groupingBy/toMap: each worker accumulates into its
 * own container and the results are combined by the framework. The returned map is then used on
 * the caller's thread only.
 */
public class ParallelStreamCollectGroupingBy {
  public Map<Integer, Long> lengthHistogram(List<String> words) {
    Map<Integer, Long> histogram = words.parallelStream()
        .collect(Collectors.groupingBy(String::length, Collectors.counting()));
    histogram.remove(0);
    return histogram;
  }

  public Map<String, Integer> firstIndex(List<String> words) {
    Map<String, Integer> index = words.stream().parallel()
        .collect(Collectors.toMap(w -> w, String::length, (a, b) -> a));
    index.putIfAbsent("", 0);
    return index;
  }
}
