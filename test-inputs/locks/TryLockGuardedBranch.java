import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: the map is touched only inside if (lock.tryLock(...)) { try { ... } finally { unlock } },
 * where the lock is held, and under lock() elsewhere.
 */
@ThreadSafe
public class TryLockGuardedBranch {
  private final Map<String, Long> rateWindows = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  public boolean allow(String client) throws InterruptedException {
    if (lock.tryLock(10, TimeUnit.MILLISECONDS)) {
      try {
        long now = System.currentTimeMillis();
        Long start = rateWindows.get(client);
        if (start == null || now - start > 1_000) {
          rateWindows.put(client, now);
          return true;
        }
        return false;
      } finally {
        lock.unlock();
      }
    }
    return false;
  }

  public void forget(String client) {
    lock.lock();
    try {
      rateWindows.remove(client);
    } finally {
      lock.unlock();
    }
  }
}
