import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bug: the unlock helper is called before the write, so the write runs without the lock while
 * the reader holds it.
 */
public class UnlockHelperBeforeAccess {
  private final Map<String, Integer> stock = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void restockAsync(String sku) {
    pool.execute(() -> restock(sku));
  }

  private void restock(String sku) {
    lock.lock();
    int current = stock.getOrDefault(sku, 0);
    release();
    stock.put(sku, current + 10); // expect: UnguardedMapAccess
  }

  public int available(String sku) {
    lock.lock();
    try {
      return stock.getOrDefault(sku, 0);
    } finally {
      lock.unlock();
    }
  }

  private void release() {
    lock.unlock();
  }
}
