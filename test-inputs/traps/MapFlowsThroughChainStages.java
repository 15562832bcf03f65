import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Trap: the first stage creates the map and returns it; each later stage of the same chain gets it
 * as its argument after the previous stage finished, and the caller gets it from join().
 */
public class MapFlowsThroughChainStages {
  public Map<String, Long> buildIndex(String text) {
    Map<String, Long> index = CompletableFuture
        .supplyAsync(() -> {
          Map<String, Long> m = new HashMap<>();
          for (String w : text.split("\\s+")) {
            m.merge(w, 1L, Long::sum);
          }
          return m;
        })
        .thenApplyAsync(m -> {
          m.remove("");
          return m;
        })
        .thenApply(m -> {
          m.replaceAll((w, n) -> n * w.length());
          return m;
        })
        .join();
    index.put("_words", (long) index.size());
    return index;
  }
}
