import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trap: the idiomatic lock(); try { ... } finally { unlock(); } around every access, including
 * an early return and an exception path inside the locked region.
 */
public class ReentrantLockTryFinally {
  private final Map<String, Integer> seats = new HashMap<>();
  private final Lock lock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void bookAsync(String flight) {
    pool.execute(() -> book(flight));
  }

  private boolean book(String flight) {
    lock.lock();
    try {
      int left = seats.getOrDefault(flight, 0);
      if (left == 0) {
        return false;
      }
      if (left < 0) {
        throw new IllegalStateException("overbooked " + flight);
      }
      seats.put(flight, left - 1);
      return true;
    } finally {
      lock.unlock();
    }
  }

  public void addFlight(String flight, int capacity) {
    lock.lock();
    try {
      seats.put(flight, capacity);
    } finally {
      lock.unlock();
    }
  }
}
