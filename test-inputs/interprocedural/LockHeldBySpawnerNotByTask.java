import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: refresh() is synchronized, but the lambda it submits runs later on a pool thread without
 * that monitor (a task starts with no locks). The clear is unguarded.
 */
public class LockHeldBySpawnerNotByTask {
  private final Map<String, String> cache = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public synchronized void refresh() {
    pool.execute(() -> cache.clear()); // expect: UnguardedMapAccess
  }

  public synchronized String get(String key) {
    return cache.get(key);
  }

  public synchronized void put(String key, String value) {
    cache.put(key, value);
  }
}
