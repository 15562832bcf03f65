import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Trap: supplyAsync fills a map that the caller touches only after join().
 */
public class CompletableFutureJoinThenRead {
  public String describe(Inventory inventory) {
    Map<String, Integer> counts = new HashMap<>();
    CompletableFuture<Integer> load = CompletableFuture.supplyAsync(() -> {
      counts.put("apples", inventory.count("apples"));
      counts.put("pears", inventory.count("pears"));
      return counts.size();
    });
    int loaded = load.join();
    counts.put("total", counts.get("apples") + counts.get("pears"));
    return loaded + " " + counts;
  }

  public interface Inventory {
    int count(String item);
  }
}
