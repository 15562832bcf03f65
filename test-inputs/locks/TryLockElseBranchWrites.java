import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: when tryLock() fails the else branch records the miss anyway, without the lock.
 */
@ThreadSafe
public class TryLockElseBranchWrites {
  private final Map<String, Integer> contention = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  public void touch(String resource) {
    if (lock.tryLock()) {
      try {
        contention.remove(resource);
      } finally {
        lock.unlock();
      }
    } else {
      contention.merge(resource, 1, Integer::sum); // expect: UnguardedMapAccess
    }
  }
}
