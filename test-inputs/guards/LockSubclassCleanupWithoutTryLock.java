import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import com.google.errorprone.annotations.concurrent.GuardedBy;

/**
 * Bug: the twin of LockSubclassTryLockOnItself whose fallback path cleans up when tryLock() fails,
 * that is exactly when another thread holds the segment's lock.
 */
public class LockSubclassCleanupWithoutTryLock {
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

    void cleanUp(long now) {
      if (tryLock()) {
        try {
          expireEntries(now);
        } finally {
          unlock();
        }
      } else {
        expireEntries(now); // expect: GuardedByViolation
      }
    }

    @GuardedBy("this")
    private void expireEntries(long now) {
      expiries.values().removeIf(at -> at < now);
    }
  }
}
