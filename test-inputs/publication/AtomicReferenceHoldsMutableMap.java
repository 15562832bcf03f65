import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bug: an AtomicReference holding a mutable HashMap that is changed through ref.get(); the
 * AtomicReference only makes the reference swap atomic, not the map's contents.
 */
public class AtomicReferenceHoldsMutableMap {
  private final AtomicReference<Map<String, Integer>> scores = new AtomicReference<>(new HashMap<>());
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void addAsync(String player, int points) {
    pool.execute(() -> scores.get().merge(player, points, Integer::sum)); // expect: UnguardedMapAccess
  }

  public int score(String player) {
    return scores.get().getOrDefault(player, 0); // expect: UnguardedMapAccess
  }

  public void newRound() {
    scores.set(new HashMap<>());
  }
}
