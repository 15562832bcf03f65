import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bug: the writer uses lockInterruptibly() properly, but the size() used by monitoring takes no
 * lock; only the unguarded read is reported.
 */
public class LockInterruptiblyWriterPlainReader {
  private final Map<String, Runnable> pendingJobs = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void enqueueAsync(String id, Runnable job) {
    pool.execute(() -> {
      try {
        lock.lockInterruptibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        pendingJobs.put(id, job);
      } finally {
        lock.unlock();
      }
    });
  }

  public int backlog() {
    return pendingJobs.size(); // expect: UnguardedMapAccess
  }
}
