// requires-jdk: 21
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: ExecutorService is AutoCloseable since JDK 19 and close() waits for the tasks; the single
 * virtual-thread task fills the map and the caller reads it after the try-with-resources block.
 */
public class LocalMapExecutorCloseJoins {
  public Map<String, Integer> lengths(List<String> words) {
    Map<String, Integer> out = new HashMap<>();
    try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
      ex.execute(() -> words.forEach(w -> out.put(w, w.length())));
    }
    out.remove("");
    return out;
  }
}
