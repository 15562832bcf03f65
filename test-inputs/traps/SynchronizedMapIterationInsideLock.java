import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a Collections.synchronizedMap used with single operations from pool threads, and iterated
 * only inside synchronized (map), as its documentation requires.
 */
public class SynchronizedMapIterationInsideLock {
  private final Map<String, Long> uploads = Collections.synchronizedMap(new HashMap<>());
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void uploadedAsync(String file, long bytes) {
    pool.execute(() -> uploads.put(file, bytes));
  }

  public long totalBytes() {
    long sum = 0;
    synchronized (uploads) {
      for (long b : uploads.values()) {
        sum += b;
      }
    }
    return sum;
  }
}
