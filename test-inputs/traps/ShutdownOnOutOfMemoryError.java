import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the worker shuts the service down when a job runs the JVM out of memory, and so does the
 * helper every job failure goes through when the failure is an Error. That shutdown clears the
 * sessions while clients may be opening them, but it runs only after the JVM has thrown an
 * Error: failure handling of a dying process, which MapGuard does not follow (the twin that
 * shuts down on a RuntimeException, roots/ShutdownOnJobFailure, is reported).
 */
public class ShutdownOnOutOfMemoryError {
  private final Map<String, String> sessions = new HashMap<>();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  public void submit(Runnable job) {
    pool.execute(() -> {
      try {
        job.run();
      } catch (OutOfMemoryError e) {
        shutdown();
        throw e;
      } catch (RuntimeException e) {
        handle(e);
      }
    });
  }

  private void handle(Throwable failure) {
    if (failure instanceof StackOverflowError overflow) {
      shutdown();
      throw overflow;
    }
    System.err.println("job failed: " + failure);
  }

  public void open(String id, String user) {
    sessions.put(id, user);
  }

  void shutdown() {
    sessions.clear();
    pool.shutdownNow();
  }
}
