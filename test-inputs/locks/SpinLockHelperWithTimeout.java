import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trap: lock() is a helper that spins in for (;;) with a timed tryLock and only leaves by return,
 * holding the lock (the way Caffeine takes its eviction lock). Every access runs between lock()
 * and unlock().
 */
public class SpinLockHelperWithTimeout {
  private final Map<String, Integer> weights = new HashMap<>();
  private final ReentrantLock evictionLock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void adjustAsync(String key, int delta) {
    pool.execute(() -> adjust(key, delta));
  }

  private void adjust(String key, int delta) {
    lock();
    try {
      weights.merge(key, delta, Integer::sum);
    } finally {
      evictionLock.unlock();
    }
  }

  public int weight(String key) {
    lock();
    try {
      return weights.getOrDefault(key, 0);
    } finally {
      evictionLock.unlock();
    }
  }

  void lock() {
    boolean interrupted = false;
    try {
      for (;;) {
        try {
          if (evictionLock.tryLock(50, TimeUnit.MILLISECONDS)) {
            return;
          }
          evictionLock.lock();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
