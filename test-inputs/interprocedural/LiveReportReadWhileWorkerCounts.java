import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the service's live report keeps its counts in a tally object it holds; a worker thread
 * adds to it while a caller's thread reads the same live report's count. (The twin of
 * traps/OfflineReportCountsInItsOwnTally, whose caller reads a report of its own.)
 */
public class LiveReportReadWhileWorkerCounts {
  static final class Tally {
    private final Map<String, Integer> counts = new HashMap<>();

    void hit(String word) {
      counts.merge(word, 1, Integer::sum); // expect: UnguardedMapAccess
    }

    int count(String word) {
      return counts.getOrDefault(word, 0); // expect: UnguardedMapAccess
    }
  }

  static final class Report {
    private final Tally tally = new Tally();

    void add(String word) {
      tally.hit(word);
    }

    int count(String word) {
      return tally.count(word);
    }
  }

  private final Report live = new Report();
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  public void record(String word) {
    worker.execute(() -> live.add(word));
  }

  public int liveCount(String word) {
    return live.count(word);
  }
}
