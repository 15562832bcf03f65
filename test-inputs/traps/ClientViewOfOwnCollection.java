import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: an inner class (a live view) reaches its enclosing Inventory's map. The client uses its own
 * Inventory and that Inventory's view on its own thread; the library's auditor keeps an Inventory of
 * its own and writes it on a pool thread. The views reach the client's map, never the auditor's.
 */
public class ClientViewOfOwnCollection {
  public static final class Inventory {
    private final Map<String, Integer> stock = new HashMap<>();

    public void add(String sku, int count) {
      stock.merge(sku, count, Integer::sum);
    }

    public Skus skus() {
      return new Skus();
    }

    public final class Skus {
      public boolean contains(String sku) {
        return stock.containsKey(sku);
      }

      public void clear() {
        stock.clear();
      }
    }
  }

  public static final class Auditor {
    private final Inventory counted = new Inventory();
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    public void audit(String sku) {
      pool.execute(() -> counted.add(sku, 0));
    }
  }
}
