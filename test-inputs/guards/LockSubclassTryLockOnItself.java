import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import com.google.errorprone.annotations.concurrent.GuardedBy;

/**
 * Trap: a cache segment that is itself its lock (it extends ReentrantLock, as Guava's
 * LocalCache.Segment does). Its cleanup methods are @GuardedBy("this"), and the segment calls them
 * only inside if (tryLock()) { try { .. } finally { unlock(); } } on itself: the lock is held.
 */
public class LockSubclassTryLockOnItself {
  static final class Segment extends ReentrantLock {
    @GuardedBy("this")
    private final Map<String, Long> expiries = new HashMap<>();

    void put(String key, long expiresAt) {
      lock();
      try {
        expiries.put(key, expiresAt);
      } finally {
        unlock();
      }
    }

    void cleanUpIfFree(long now) {
      if (tryLock()) {
        try {
          expireEntries(now);
        } finally {
          unlock();
        }
      }
    }

    @GuardedBy("this")
    private void expireEntries(long now) {
      expiries.values().removeIf(at -> at < now);
    }
  }
}
