import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the writer is a synchronized method but the reader takes no lock. Only the unguarded side
 * (the read) is reported.
 */
public class SyncWriterUnsyncReader {
  private final Map<String, Integer> inventory = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void receiveAsync(String sku, int qty) {
    pool.execute(() -> receive(sku, qty));
  }

  private synchronized void receive(String sku, int qty) {
    inventory.merge(sku, qty, Integer::sum);
  }

  public int onHand(String sku) {
    return inventory.getOrDefault(sku, 0); // expect: UnguardedMapAccess
  }
}
