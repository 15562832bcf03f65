import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the getter copies the map under the lock and returns the copy; callers mutate only
 * their own copy.
 */
public class GetterReturnsCopyUnderLock {
  private final Map<String, Integer> stock = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void restockAsync(String sku, int n) {
    pool.execute(() -> {
      synchronized (this) {
        stock.merge(sku, n, Integer::sum);
      }
    });
  }

  public synchronized Map<String, Integer> snapshot() {
    return new HashMap<>(stock);
  }

  public String report() {
    Map<String, Integer> copy = snapshot();
    copy.values().removeIf(n -> n == 0);
    copy.put("_total", copy.values().stream().mapToInt(Integer::intValue).sum());
    return copy.toString();
  }
}
