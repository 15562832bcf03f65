import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: calls go through an interface; the only implementation guards its map with synchronized
 * methods.
 */
public class VirtualDispatchToSynchronizedImpl {
  interface Cache {
    void put(String key, String value);

    String get(String key);
  }

  static final class SynchronizedCache implements Cache {
    private final Map<String, String> entries = new HashMap<>();

    @Override
    public synchronized void put(String key, String value) {
      entries.put(key, value);
    }

    @Override
    public synchronized String get(String key) {
      return entries.get(key);
    }
  }

  private final Cache cache = new SynchronizedCache();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void warmAsync(String key, String value) {
    pool.execute(() -> cache.put(key, value));
  }

  public String lookup(String key) {
    return cache.get(key);
  }
}
