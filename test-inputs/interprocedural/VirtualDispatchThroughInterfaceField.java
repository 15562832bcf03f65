import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: calls go through an interface-typed field; the only implementation keeps a plain HashMap,
 * so the save on a pool thread races with the load on the caller's thread.
 */
public class VirtualDispatchThroughInterfaceField {
  interface Cache {
    void put(String key, String value);

    String get(String key);
  }

  static final class MapCache implements Cache {
    private final Map<String, String> entries = new HashMap<>();

    @Override
    public void put(String key, String value) {
      entries.put(key, value); // expect: UnguardedMapAccess
    }

    @Override
    public String get(String key) {
      return entries.get(key); // expect: UnguardedMapAccess
    }
  }

  private final Cache cache = new MapCache();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void warmAsync(String key, String value) {
    pool.execute(() -> cache.put(key, value));
  }

  public String lookup(String key) {
    return cache.get(key);
  }
}
