import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: every access, including the iteration, is inside synchronized (map) on the same final
 * map object.
 */
public class SynchronizedOnMapItself {
  private final Map<String, List<String>> subscribers = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void subscribeAsync(String topic, String subscriber) {
    pool.execute(() -> {
      synchronized (subscribers) {
        subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(subscriber);
      }
    });
  }

  public List<String> topics() {
    synchronized (subscribers) {
      return new ArrayList<>(subscribers.keySet());
    }
  }
}
