import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: Collections.synchronizedMap makes each single operation atomic; the pool tasks and the
 * caller only use single operations (no iteration).
 */
public class SynchronizedMapSingleOperations {
  private final Map<String, Integer> attempts = Collections.synchronizedMap(new HashMap<>());
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void failedLoginAsync(String user) {
    pool.execute(() -> attempts.merge(user, 1, Integer::sum));
  }

  public boolean locked(String user) {
    return attempts.getOrDefault(user, 0) >= 5;
  }

  public void reset(String user) {
    attempts.remove(user);
  }
}
