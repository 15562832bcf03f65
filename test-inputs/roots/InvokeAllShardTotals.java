import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: invokeAll runs one task per shard at the same time, and every task merges into the same
 * totals map. The copy after invokeAll is fine (invokeAll waits for all of them).
 */
public class InvokeAllShardTotals {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final Map<String, Long> totals = new HashMap<>();

  public Map<String, Long> recount(List<Shard> shards) throws InterruptedException {
    List<Callable<Void>> jobs = new ArrayList<>();
    for (Shard shard : shards) {
      jobs.add(() -> {
        for (String key : shard.keys()) {
          totals.merge(key, shard.count(key), Long::sum); // expect: UnguardedMapAccess
        }
        return null;
      });
    }
    pool.invokeAll(jobs);
    return new HashMap<>(totals);
  }

  public interface Shard {
    List<String> keys();

    long count(String key);
  }
}
