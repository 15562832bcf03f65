import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: keySet().removeAll(...) removes entries from the map through its key view; the pool task
 * does it while the caller checks membership.
 */
public class KeySetRemoveAllIsWrite {
  private final Map<String, String> activeJobs = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void start(String jobId, String owner) {
    activeJobs.put(jobId, owner); // expect: UnguardedMapAccess
  }

  public void completeAsync(Set<String> finished) {
    pool.execute(() -> activeJobs.keySet().removeAll(finished)); // expect: UnguardedMapAccess
  }

  public boolean running(String jobId) {
    return activeJobs.containsKey(jobId); // expect: UnguardedMapAccess
  }
}
