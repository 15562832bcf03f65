import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: one helper runs the code it is given, in place, for two callers. The pool's task passes
 * code that only prints; the calling thread
 * passes code that updates the shared HashMap. The helper never runs the calling thread's code on
 * the pool, so the map is only touched on the calling thread.
 */
public class CodeParameterRunInPlacePerCaller {
  private final Map<String, Integer> totals = new HashMap<>();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  public void add(String key, int amount) {
    timed(() -> totals.merge(key, amount, Integer::sum));
  }

  public int total(String key) {
    return totals.getOrDefault(key, 0);
  }

  public void warmUp() {
    pool.execute(() -> timed(() -> System.out.println("warm")));
  }

  private static void timed(Runnable step) {
    long start = System.nanoTime();
    step.run();
    System.out.println("took " + (System.nanoTime() - start));
  }
}
