import java.util.HashMap;
import java.util.Map;

/** The stock map; not thread-safe on its own. */
public class Shelves {
  private final Map<String, Integer> stock = new HashMap<>();

  void add(String sku, int qty) {
    store(sku, qty);
  }

  private void store(String sku, int qty) {
    stock.merge(sku, qty, Integer::sum);
  }

  int count(String sku) {
    return stock.getOrDefault(sku, 0);
  }
}
