import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Bug: supplyAsync fills a local map and the caller returns a copy of it right away, without
 * waiting for the future.
 */
public class LocalMapCompletableFutureNoJoin {
  public Map<String, Integer> quickStats(String text) {
    Map<String, Integer> stats = new HashMap<>();
    CompletableFuture<Void> f = CompletableFuture.runAsync(() -> {
      stats.put("chars", text.length()); // expect: UnguardedMapAccess
      stats.put("words", text.split("\\s+").length); // expect: UnguardedMapAccess
    });
    Map<String, Integer> copy = new HashMap<>(stats); // expect: UnguardedMapAccess
    f.join();
    return copy;
  }
}
