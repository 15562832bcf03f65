import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: the monitor is a non-final field that reset() replaces; a thread that locked the old object
 * and one that locked the new object are not excluded from each other, so the lock guards nothing.
 */
@ThreadSafe
public class NonFinalLockFieldReassigned {
  private Object lock = new Object();
  private final Map<String, Integer> counts = new HashMap<>();

  public void add(String key) {
    synchronized (lock) {
      counts.merge(key, 1, Integer::sum); // expect: UnguardedMapAccess
    }
  }

  public int count(String key) {
    synchronized (lock) {
      return counts.getOrDefault(key, 0); // expect: UnguardedMapAccess
    }
  }

  public void reset() {
    lock = new Object();
  }
}
