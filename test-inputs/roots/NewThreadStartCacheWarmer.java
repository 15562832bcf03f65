import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: new Thread(r).start() warms the product cache in the background while lookups read it.
 */
public class NewThreadStartCacheWarmer {
  private final Map<Long, Product> products = new HashMap<>();

  public void warmUp(ProductDao dao) {
    new Thread(() -> {
      for (Product p : dao.loadAll()) {
        products.put(p.id(), p); // expect: UnguardedMapAccess
      }
    }, "cache-warmer").start();
  }

  public Product find(long id) {
    return products.get(id); // expect: UnguardedMapAccess
  }

  public record Product(long id, String name) {}

  public interface ProductDao {
    List<Product> loadAll();
  }
}
