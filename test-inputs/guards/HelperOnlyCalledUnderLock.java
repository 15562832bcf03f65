import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trap: the private helpers hold no lock themselves, but every caller holds it, so each of
 * their accesses counts as guarded and the guard is inferred from all of them.
 */
public class HelperOnlyCalledUnderLock {
  private final Map<String, Integer> stock = new HashMap<>(); // guard: lock
  private final Lock lock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void restockLater(String sku, int n) {
    pool.execute(() -> {
      lock.lock();
      try {
        add(sku, n);
      } finally {
        lock.unlock();
      }
    });
  }

  public int take(String sku) {
    lock.lock();
    try {
      int left = current(sku);
      if (left > 0) add(sku, -1);
      return left;
    } finally {
      lock.unlock();
    }
  }

  private void add(String sku, int n) {
    stock.merge(sku, n, Integer::sum);
  }

  private int current(String sku) {
    return stock.getOrDefault(sku, 0);
  }
}
