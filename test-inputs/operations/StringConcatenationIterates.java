import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: string concatenation calls the map's toString(), which iterates it; the debug log line
 * runs on the caller's thread while a pool task writes the map.
 */
public class StringConcatenationIterates {
  private final Map<String, Integer> queueDepths = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void sampleAsync(String queue, int depth) {
    pool.execute(() -> queueDepths.put(queue, depth)); // expect: UnguardedMapAccess
  }

  public String debugLine() {
    return "depths=" + queueDepths; // expect: UnguardedMapAccess
  }
}
