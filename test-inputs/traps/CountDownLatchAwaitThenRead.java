import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Trap: the thread writes the map and counts the latch down; the caller reads only after
 * await(), which orders the writes before the reads.
 */
public class CountDownLatchAwaitThenRead {
  public Map<String, String> loadEnvironment(String[] keys) throws InterruptedException {
    Map<String, String> env = new HashMap<>();
    CountDownLatch loaded = new CountDownLatch(1);
    new Thread(() -> {
      for (String k : keys) {
        env.put(k, System.getenv(k));
      }
      loaded.countDown();
    }).start();
    loaded.await();
    env.values().removeIf(v -> v == null);
    return env;
  }
}
