import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: no loop, but the public method that submits the task is called again and again (one call
 * per incoming event), and the pool has eight threads: the tasks of two calls run at the same
 * time and both write the map. The task races with itself.
 */
public class TaskFromRepeatedEntryRacesWithItself {
  private final Map<String, Integer> clicksByCampaign = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  public void onClick(String campaign) {
    pool.execute(() -> clicksByCampaign.merge(campaign, 1, Integer::sum)); // expect: UnguardedMapAccess
  }
}
