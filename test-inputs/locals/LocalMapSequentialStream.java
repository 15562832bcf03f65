import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Trap: sequential streams and Iterable.forEach run their lambdas on the calling thread; here
 * each pool task builds and uses its own local map with them.
 */
public class LocalMapSequentialStream {
  public void process(List<List<String>> batches, ExecutorService pool) {
    for (List<String> batch : batches) {
      pool.execute(() -> {
        Map<Character, Integer> byInitial = new HashMap<>();
        batch.stream().filter(s -> !s.isEmpty()).forEach(s -> byInitial.merge(s.charAt(0), 1, Integer::sum));
        batch.forEach(s -> byInitial.putIfAbsent('?', 0));
        System.out.println(byInitial);
      });
    }
  }
}
