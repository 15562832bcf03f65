import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the worker builds its own Stats object for each report (one assigned after its
 * declaration), while the calling thread keeps a shared one. The same class, never the same
 * object on two threads: no race on Stats.counts.
 */
public class FreshPerThreadStats {
  static class Stats {
    private final Map<String, Long> counts = new HashMap<>();

    void add(String key, long n) {
      counts.merge(key, n, Long::sum);
    }

    long get(String key) {
      return counts.getOrDefault(key, 0L);
    }
  }

  private final Stats totals = new Stats();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final Object lock = new Object();

  public void reportAsync(String key) {
    pool.execute(() -> {
      Stats report = new Stats();
      report.add(key, 1);
      Stats copy;
      synchronized (lock) {
        copy = new Stats();
      }
      copy.add(key, report.get(key));
      System.out.println(copy.get(key));
    });
  }

  public void record(String key) {
    totals.add(key, 1);
  }

  public long total(String key) {
    return totals.get(key);
  }
}
