import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of traps/ClientViewOfOwnCollection whose auditor is given the client's view: the
 * view holds the client's Inventory, so the pool thread clears the very map the client adds to.
 */
public class ClientViewHandedToLibraryThread {
  public static final class Inventory {
    private final Map<String, Integer> stock = new HashMap<>();

    public void add(String sku, int count) {
      stock.merge(sku, count, Integer::sum); // expect: UnguardedMapAccess
    }

    public Skus skus() {
      return new Skus();
    }

    public final class Skus {
      public boolean contains(String sku) {
        return stock.containsKey(sku); // expect: UnguardedMapAccess
      }

      public void clear() {
        stock.clear(); // expect: UnguardedMapAccess
      }
    }
  }

  public static final class Auditor {
    private final Inventory.Skus skus;
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    public Auditor(Inventory.Skus skus) {
      this.skus = skus;
    }

    public void reset() {
      pool.execute(skus::clear);
    }
  }
}
