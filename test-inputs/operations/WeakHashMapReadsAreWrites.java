import java.util.Map;
import java.util.WeakHashMap;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: every WeakHashMap operation, get and size included, expunges stale entries, so even a map
 * filled once and then only "read" is written by concurrent readers.
 */
@ThreadSafe
public class WeakHashMapReadsAreWrites {
  private final Map<Object, String> labels = new WeakHashMap<>();

  public WeakHashMapReadsAreWrites(Object[] keys) {
    for (Object k : keys) {
      labels.put(k, String.valueOf(k));
    }
  }

  public String label(Object key) {
    return labels.get(key); // expect: UnguardedMapAccess
  }

  public int live() {
    return labels.size(); // expect: UnguardedMapAccess
  }
}
