import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: an interface default method mutates the map returned by an abstract getter; a pool task
 * calls the default method while the caller reads through the same getter.
 */
public class InterfaceDefaultMethodWrites {
  interface Tallying {
    Map<String, Integer> tallies();

    default void tally(String key) {
      tallies().merge(key, 1, Integer::sum); // expect: UnguardedMapAccess
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
      pool.execute(() -> tally(option));
    }

    public int votesFor(String option) {
      return votes.getOrDefault(option, 0); // expect: UnguardedMapAccess
    }
  }
}
