import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: Collections.unmodifiableMap is a read-only view, not a copy: the pool thread keeps
 * writing the backing map while readers go through the view.
 */
public class UnmodifiableViewOfMutatedMap {
  private final Map<String, Long> backing = new HashMap<>();
  private final Map<String, Long> readOnly = Collections.unmodifiableMap(backing);
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void recordAsync(String key, long value) {
    pool.execute(() -> backing.put(key, value)); // expect: UnguardedMapAccess
  }

  public Map<String, Long> view() {
    return readOnly;
  }

  public Long lookup(String key) {
    return readOnly.get(key); // expect: UnguardedMapAccess
  }
}
