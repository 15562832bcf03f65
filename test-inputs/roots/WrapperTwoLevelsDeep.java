import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the Runnable travels through two wrapper methods (async -> submitTracked -> submit)
 * before it reaches the pool.
 */
public class WrapperTwoLevelsDeep {
  private final Map<String, Integer> retries = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void retryLater(String jobId) {
    async(() -> retries.merge(jobId, 1, Integer::sum)); // expect: UnguardedMapAccess
  }

  public int retriesOf(String jobId) {
    return retries.getOrDefault(jobId, 0); // expect: UnguardedMapAccess
  }

  private void async(Runnable work) {
    submitTracked(work);
  }

  private void submitTracked(Runnable work) {
    long submitted = System.nanoTime();
    pool.submit(() -> {
      work.run();
      System.out.println("took " + (System.nanoTime() - submitted));
    });
  }
}
