import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Trap: the task creates and fills its own map and returns it; the caller receives it through
 * Future.get() and only then changes it. The map is handed over, never shared.
 */
public class MapHandedOverThroughFuture {
  public Map<String, Integer> load(ExecutorService pool, String csv) throws InterruptedException, ExecutionException {
    Future<Map<String, Integer>> parsed = pool.submit(() -> {
      Map<String, Integer> m = new HashMap<>();
      for (String row : csv.split("\n")) {
        String[] cols = row.split(",");
        m.put(cols[0], Integer.parseInt(cols[1]));
      }
      return m;
    });
    Map<String, Integer> result = parsed.get();
    result.remove("header");
    return result;
  }
}
