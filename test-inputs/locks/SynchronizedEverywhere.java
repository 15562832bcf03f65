import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Trap: every access holds the same monitor (synchronized methods and a synchronized block). */
public class SynchronizedEverywhere {
  private final Map<String, Integer> stock = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void restockAsync(String sku, int n) {
    pool.submit(() -> add(sku, n));
  }

  private synchronized void add(String sku, int n) {
    stock.merge(sku, n, Integer::sum);
  }

  public int available(String sku) {
    synchronized (this) {
      return stock.getOrDefault(sku, 0);
    }
  }
}
