import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: an actor-style class whose writes all run on its single-thread executor, but one read was
 * written to run directly on the caller's thread, outside the actor.
 */
public class ActorMapReadFromCaller {
  private final Map<String, Integer> positions = new HashMap<>();
  private final ExecutorService actor = Executors.newSingleThreadExecutor();

  public void fill(String symbol, int qty) {
    actor.execute(() -> positions.merge(symbol, qty, Integer::sum)); // expect: UnguardedMapAccess
  }

  public int position(String symbol) {
    return positions.getOrDefault(symbol, 0); // expect: UnguardedMapAccess
  }
}
