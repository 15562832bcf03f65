import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Trap: a binary Semaphore (one permit) used as a mutex around every access.
 */
public class SemaphoreAsMutex {
  private final Map<String, Integer> usage = new HashMap<>();
  private final Semaphore mutex = new Semaphore(1);
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void chargeAsync(String account, int units) {
    pool.execute(() -> {
      mutex.acquireUninterruptibly();
      try {
        usage.merge(account, units, Integer::sum);
      } finally {
        mutex.release();
      }
    });
  }

  public int usage(String account) {
    mutex.acquireUninterruptibly();
    try {
      return usage.getOrDefault(account, 0);
    } finally {
      mutex.release();
    }
  }
}
