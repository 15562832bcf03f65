import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bug: the writer holds writeLock and the reader holds readLock, but they are two unrelated
 * ReentrantLocks, so nothing excludes the two accesses. Both sides are reported.
 */
public class TwoDifferentLocksForOneMap {
  private final Map<Long, String> orders = new HashMap<>();
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void placeAsync(long id, String order) {
    pool.execute(() -> {
      writeLock.lock();
      try {
        orders.put(id, order); // expect: UnguardedMapAccess
      } finally {
        writeLock.unlock();
      }
    });
  }

  public String find(long id) {
    readLock.lock();
    try {
      return orders.get(id); // expect: UnguardedMapAccess
    } finally {
      readLock.unlock();
    }
  }
}
