import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: iterating a ConcurrentHashMap while other threads write is safe (weakly consistent
 * iterators never throw ConcurrentModificationException).
 */
public class ConcurrentHashMapIterationWhileWriting {
  private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void seenAsync(String node) {
    pool.execute(() -> lastSeen.put(node, System.currentTimeMillis()));
  }

  public String dump() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Long> e : lastSeen.entrySet()) {
      sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    lastSeen.keySet().removeIf(k -> k.startsWith("tmp-"));
    return sb.toString();
  }
}
