import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Trap: the futures only read the prefilled map; CompletableFuture.allOf(...).join() waits for all
 * of them before the caller writes the map again.
 */
public class LocalMapAllOfJoin {
  public void price(List<String> skus, Map<String, Double> list, PriceSink sink) {
    Map<String, Double> prices = new HashMap<>(list);
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (String sku : skus) {
      futures.add(CompletableFuture.runAsync(() -> sink.accept(sku, prices.getOrDefault(sku, 0.0))));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    prices.clear();
  }

  public interface PriceSink {
    void accept(String sku, double price);
  }
}
