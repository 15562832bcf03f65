import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a static helper writes the map it is given, and every call to it happens inside
 * synchronized (this) of the owner; the reader holds the same monitor.
 */
public class HelperWithMapParamAllCallersLocked {
  private final Map<String, Integer> retriesByHost = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void failedAsync(String host) {
    pool.execute(() -> {
      synchronized (this) {
        bump(retriesByHost, host);
      }
    });
  }

  public synchronized void succeeded(String host) {
    reset(retriesByHost, host);
  }

  public synchronized int retries(String host) {
    return retriesByHost.getOrDefault(host, 0);
  }

  private static void bump(Map<String, Integer> m, String key) {
    m.merge(key, 1, Integer::sum);
  }

  private static void reset(Map<String, Integer> m, String key) {
    m.remove(key);
  }
}
