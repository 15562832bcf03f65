import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: both stores inherit put(..) from one interface, but the pool's task calls it on a field
 * typed SafeStore, which only the ConcurrentHashMap-backed store implements. The HashMap-backed
 * store is an UnsafeStore, which no other thread ever sees: a call on a SafeStore cannot run it.
 */
public class DispatchOnReceiverStaticType {
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
      entries.put(key, value);
    }

    @Override
    public String get(String key) {
      return entries.get(key);
    }
  }

  private final SafeStore shared = new ConcurrentStore();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void recordAsync(String key, String value) {
    pool.execute(() -> shared.put(key, value));
  }

  public String lookup(String key) {
    return shared.get(key);
  }

  /** A scratch store for one call: made, filled and read here. */
  public String roundTrip(String key, String value) {
    UnsafeStore scratch = new PlainStore();
    scratch.put(key, value);
    return scratch.get(key);
  }
}
