import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: a static helper receives the map as a parameter and writes it; the task calls it with the
 * field's map, so the write inside the helper races with the caller's read of the field.
 */
public class HelperTakesMapParameter {
  private final Map<String, Integer> statusCounts = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void onResponseAsync(int status) {
    pool.execute(() -> increment(statusCounts, status / 100 + "xx"));
  }

  static void increment(Map<String, Integer> counts, String key) {
    counts.merge(key, 1, Integer::sum); // expect: UnguardedMapAccess
  }

  public int count(String bucket) {
    return statusCounts.getOrDefault(bucket, 0); // expect: UnguardedMapAccess
  }
}
