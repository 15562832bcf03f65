import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a retry helper takes a Runnable and runs it right there, on the calling thread; a lambda
 * passed to it is not a thread root. All map accesses run on the single-thread executor.
 */
public class RunnableRunSynchronously {
  private final Map<String, Integer> deliveries = new HashMap<>();
  private final ExecutorService owner = Executors.newSingleThreadExecutor();

  public void deliverAsync(String message) {
    owner.execute(() -> withRetry(3, () -> deliveries.merge(message, 1, Integer::sum)));
  }

  private static void withRetry(int attempts, Runnable action) {
    for (int i = 0; i < attempts; i++) {
      try {
        action.run();
        return;
      } catch (RuntimeException e) {
        System.err.println("retrying: " + e);
      }
    }
  }
}
