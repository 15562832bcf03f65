import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Trap: each task writes its own map; results merged after join. */
public class ReportJob {
  public Map<String, Integer> run(List<String> regions) {
    List<CompletableFuture<Map<String, Integer>>> parts = new ArrayList<>();
    for (String r : regions) {
      parts.add(CompletableFuture.supplyAsync(() -> {
        Map<String, Integer> m = new HashMap<>();
        m.put(r, r.length());
        return m;
      }));
    }
    Map<String, Integer> total = new HashMap<>();
    for (CompletableFuture<Map<String, Integer>> f : parts) {
      total.putAll(f.join());
    }
    return total;
  }
}
