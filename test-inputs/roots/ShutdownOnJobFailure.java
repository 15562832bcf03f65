import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of traps/ShutdownOnOutOfMemoryError that shuts down when a job throws any
 * RuntimeException: an everyday failure, so the worker's clear() races with clients opening
 * sessions.
 */
public class ShutdownOnJobFailure {
  private final Map<String, String> sessions = new HashMap<>();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  public void submit(Runnable job) {
    pool.execute(() -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        shutdown();
        throw e;
      }
    });
  }

  public void open(String id, String user) {
    sessions.put(id, user); // expect: UnguardedMapAccess
  }

  void shutdown() {
    sessions.clear(); // expect: UnguardedMapAccess
    pool.shutdownNow();
  }
}
