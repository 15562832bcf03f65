import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Trap: the stages of one CompletableFuture chain run one after another (each starts when the
 * previous completed), so they may share a map; the caller only reads it after join().
 */
public class CompletableFutureChainStagesShareLocal {
  public Map<String, Integer> enrich(List<String> skus, Catalog catalog) {
    Map<String, Integer> stock = new HashMap<>();
    CompletableFuture<Void> done = CompletableFuture
        .runAsync(() -> skus.forEach(s -> stock.put(s, catalog.stock(s))))
        .thenRunAsync(() -> stock.replaceAll((s, n) -> n - catalog.reserved(s)))
        .thenRun(() -> stock.values().removeIf(n -> n <= 0));
    done.join();
    stock.put("_checked", skus.size());
    return stock;
  }

  public interface Catalog {
    int stock(String sku);

    int reserved(String sku);
  }
}
