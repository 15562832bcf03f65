import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: copying a map iterates it: target.putAll(source) and Map.copyOf(source) read every entry
 * of the shared map while a pool task writes it.
 */
public class PutAllAndCopyOfIterateSource {
  private final Map<String, String> live = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void updateAsync(String key, String value) {
    pool.execute(() -> live.put(key, value)); // expect: UnguardedMapAccess
  }

  public Map<String, String> backup() {
    Map<String, String> target = new HashMap<>();
    target.putAll(live); // expect: UnguardedMapAccess
    return target;
  }

  public Map<String, String> frozen() {
    return Map.copyOf(live); // expect: UnguardedMapAccess
  }
}
