import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trap: lockInterruptibly() before the try, unlock() in finally: the map is guarded on every path
 * that reaches it (an interrupt leaves before the access).
 */
public class LockInterruptiblyEverywhere {
  private final Map<String, String> leases = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void renewAsync(String resource, String owner) {
    pool.execute(() -> {
      try {
        renew(resource, owner);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  private void renew(String resource, String owner) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      leases.put(resource, owner);
    } finally {
      lock.unlock();
    }
  }

  public String owner(String resource) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      return leases.get(resource);
    } finally {
      lock.unlock();
    }
  }
}
