import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a word report keeps its counts in a tally object it makes for itself. The service's live
 * report is filled on a worker thread; the offline count builds a report of its own in a local,
 * fills it and reads it, all on the caller's thread. The two reports' tallies are different
 * objects: the offline one is made by the report the caller just made, held in a field that only
 * ever gets a new tally, and never handed to anyone, so the worker never sees it.
 */
public class OfflineReportCountsInItsOwnTally {
  static final class Tally {
    private final Map<String, Integer> counts = new HashMap<>();

    void hit(String word) {
      counts.merge(word, 1, Integer::sum);
    }

    int count(String word) {
      return counts.getOrDefault(word, 0);
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

  public static int countOffline(String[] words, String word) {
    Report own = new Report();
    for (String w : words) own.add(w);
    return own.count(word);
  }
}
