import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: an interface default method mutates the map from an abstract getter, but the
 * implementation only calls it from synchronized methods, and reads under the same monitor.
 */
public class InterfaceDefaultMethodUnderLock {
  interface Tallying {
    Map<String, Integer> tallies();

    default void tally(String key) {
      tallies().merge(key, 1, Integer::sum);
    }
  }

  static final class PollCounter implements Tallying {
    private final Map<String, Integer> votes = new HashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @Override
    public Map<String, Integer> tallies() {
      return votes;
    }

    public void voteAsync(String option) {
      pool.execute(() -> vote(option));
    }

    private synchronized void vote(String option) {
      tally(option);
    }

    public synchronized int votesFor(String option) {
      return votes.getOrDefault(option, 0);
    }
  }
}
