import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the cache is filled without the lock in start(), before any worker exists; every access
 * once the workers run holds the monitor. The unlocked fill cannot overlap another thread, so it
 * is not reported although the map is guarded by `this` at 3 of 4 accesses.
 */
public class WarmUpBeforeWorkersStart {
  private final Map<String, String> cache = new HashMap<>(); // guard: this
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void start(List<String> keys) {
    for (String k : keys) {
      cache.put(k, k.toUpperCase());
    }
    for (int i = 0; i < 4; i++) {
      pool.submit(this::work);
    }
  }

  private void work() {
    synchronized (this) {
      cache.put("x", "y");
    }
  }

  public String get(String k) {
    synchronized (this) {
      return cache.get(k);
    }
  }

  public int size() {
    synchronized (this) {
      return cache.size();
    }
  }
}
