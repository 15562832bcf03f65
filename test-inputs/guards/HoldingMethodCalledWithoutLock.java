import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.lock.qual.GuardedBy;
import org.checkerframework.checker.lock.qual.Holding;

/**
 * Bug: put() is annotated @Holding("lock"): its own accesses count as guarded, and each caller
 * must hold the lock. update() calls it without the lock, which is reported at the call.
 */
public class HoldingMethodCalledWithoutLock {
  private final Object lock = new Object();
  private final @GuardedBy("lock") Map<String, String> settings = new HashMap<>();

  @Holding("lock")
  private void put(String key, String value) {
    settings.put(key, value);
  }

  public void set(String key, String value) {
    synchronized (lock) {
      put(key, value);
    }
  }

  public void update(String key, String value) {
    put(key, value); // expect: GuardedByViolation
  }
}
