import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of DispatchOnReceiverStaticType with the field typed UnsafeStore: a call of the
 * inherited put(..) on it runs the HashMap-backed store's put on a pool thread while lookup reads
 * it on the caller's thread.
 */
public class DispatchOnReceiverStaticTypeBug {
  interface Store {
    void put(String key, String value);

    String get(String key);
  }

  interface SafeStore extends Store {}

  interface UnsafeStore extends Store {}

  static final class ConcurrentStore implements SafeStore {
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public void put(String key, String value) {
      entries.put(key, value);
    }

    @Override
    public String get(String key) {
      return entries.get(key);
    }
  }

  static final class PlainStore implements UnsafeStore {
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

  private final UnsafeStore shared = new PlainStore();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void recordAsync(String key, String value) {
    pool.execute(() -> shared.put(key, value));
  }

  public String lookup(String key) {
    return shared.get(key);
  }
}
