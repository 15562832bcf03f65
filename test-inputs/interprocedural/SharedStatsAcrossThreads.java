import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: like FreshPerThreadStats, but the worker also adds to the shared totals object that the
 * calling thread reads: the fresh per-report objects do not make the shared one safe.
 */
public class SharedStatsAcrossThreads {
  static class Stats {
    private final Map<String, Long> counts = new HashMap<>();

    void add(String key, long n) {
      counts.merge(key, n, Long::sum); // expect: UnguardedMapAccess
    }

    long get(String key) {
      return counts.getOrDefault(key, 0L); // expect: UnguardedMapAccess
    }
  }

  private final Stats totals = new Stats();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void reportAsync(String key) {
    pool.execute(() -> {
      Stats report = new Stats();
      report.add(key, 1);
      totals.add(key, report.get(key));
    });
  }

  public long total(String key) {
    return totals.get(key);
  }
}
