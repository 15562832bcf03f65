import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the work is handed to a helper that runs its parameter in place, but the helper is called
 * from a task on the pool: the write runs on a pool thread while callers read on theirs.
 */
public class CodeParameterRunInsideSpawnedWrapper {
  private final Map<String, Integer> attempts = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void retryLater(String jobId) {
    inBackground(() -> attempts.merge(jobId, 1, Integer::sum)); // expect: UnguardedMapAccess
  }

  public int attemptsOf(String jobId) {
    return attempts.getOrDefault(jobId, 0); // expect: UnguardedMapAccess
  }

  private void inBackground(Runnable work) {
    pool.submit(() -> timed(work));
  }

  private static void timed(Runnable step) {
    long start = System.nanoTime();
    step.run();
    System.out.println("took " + (System.nanoTime() - start));
  }
}
