import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Bug: stock levels updated by pool tasks, read by callers, no lock. */
public class InventoryService {
  private final Map<String, Integer> stock = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void receiveShipment(String sku, int qty) {
    pool.submit(() -> adjust(sku, qty));
  }

  private void adjust(String sku, int qty) {
    stock.merge(sku, qty, Integer::sum); // expect: UnguardedMapAccess
  }

  public int available(String sku) {
    return stock.getOrDefault(sku, 0); // expect: UnguardedMapAccess
  }
}
