import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: the lock is taken only when the caller asks for "strict" mode, so on the other path the
 * write runs without it.
 */
@ThreadSafe
public class ConditionalLockAcquire {
  private final Map<String, String> overrides = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  public void set(String key, String value, boolean strict) {
    if (strict) {
      lock.lock();
    }
    try {
      overrides.put(key, value); // expect: UnguardedMapAccess
    } finally {
      if (strict) {
        lock.unlock();
      }
    }
  }

  public String get(String key) {
    lock.lock();
    try {
      return overrides.get(key);
    } finally {
      lock.unlock();
    }
  }
}
