import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: client-side locking. The registry's own methods are synchronized; the reporter locks the
 * registry object itself (synchronized (registry)) to iterate its map consistently. Both hold the
 * registry's monitor.
 */
public class ClientSideLockingOnOwner {
  static final class Registry {
    final Map<String, Integer> counts = new HashMap<>();

    synchronized void record(String key) {
      counts.merge(key, 1, Integer::sum);
    }
  }

  private final Registry registry = new Registry();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void recordAsync(String key) {
    pool.execute(() -> registry.record(key));
  }

  public int total() {
    synchronized (registry) {
      int sum = 0;
      for (int n : registry.counts.values()) {
        sum += n;
      }
      return sum;
    }
  }
}
