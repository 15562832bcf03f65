import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trap: the lock is taken and released by small helper methods, acquire() and release(), as
 * some caches do; every access sits between the two calls.
 */
public class LockHelperMethods {
  private final Map<String, Long> lastSeen = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void touchAsync(String key) {
    pool.execute(() -> touch(key));
  }

  private void touch(String key) {
    acquire();
    try {
      lastSeen.put(key, System.nanoTime());
    } finally {
      release();
    }
  }

  public Long lastSeen(String key) {
    acquire();
    try {
      return lastSeen.get(key);
    } finally {
      release();
    }
  }

  private void acquire() {
    lock.lock();
  }

  private void release() {
    lock.unlock();
  }
}
