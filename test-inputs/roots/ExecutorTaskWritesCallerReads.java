import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Bug: a pool task writes the map while callers read it, with no lock. */
public class ExecutorTaskWritesCallerReads {
  private final Map<String, Integer> stock = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void restockAsync(String sku, int n) {
    pool.submit(() -> stock.merge(sku, n, Integer::sum)); // expect: UnguardedMapAccess
  }

  public int available(String sku) {
    return stock.getOrDefault(sku, 0); // expect: UnguardedMapAccess
  }
}
