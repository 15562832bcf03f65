import java.util.HashMap;
import java.util.Map;

/**
 * Bug: the caller logs the map's size while the loader thread is still filling it (before
 * join); the read after join is fine.
 */
public class LocalMapReadBeforeJoin {
  public Map<String, String> load(String[] keys, KeyValueStore store) throws InterruptedException {
    Map<String, String> values = new HashMap<>();
    Thread loader = new Thread(() -> {
      for (String k : keys) {
        values.put(k, store.get(k)); // expect: UnguardedMapAccess
      }
    });
    loader.start();
    System.out.println("loading, have " + values.size()); // expect: UnguardedMapAccess
    loader.join();
    values.values().removeIf(v -> v == null);
    return values;
  }

  public interface KeyValueStore {
    String get(String key);
  }
}
