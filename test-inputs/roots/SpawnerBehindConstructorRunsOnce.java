import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Safe: the same counting task, but the helper that starts it is called only from the
 * constructor, which runs once per object: one copy of the task, and nothing else touches the
 * map.
 */
public class SpawnerBehindConstructorRunsOnce {
  private final Map<String, Integer> hits = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public SpawnerBehindConstructorRunsOnce() {
    schedule("boot");
  }

  private void schedule(String key) {
    pool.execute(() -> hits.merge(key, 1, Integer::sum));
  }
}
