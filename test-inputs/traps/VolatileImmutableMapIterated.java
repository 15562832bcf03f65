import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: readers iterate the immutable map they read from a volatile field while the refresher
 * replaces the field; an immutable map never changes under an iterator.
 */
public class VolatileImmutableMapIterated {
  private volatile Map<String, Integer> weights = Map.of("a", 1);
  private final ScheduledExecutorService refresher = Executors.newScheduledThreadPool(1);

  public VolatileImmutableMapIterated(WeightSource source) {
    refresher.scheduleAtFixedRate(() -> weights = Map.copyOf(source.load()), 0, 10, TimeUnit.SECONDS);
  }

  public int totalWeight() {
    int total = 0;
    for (int w : weights.values()) {
      total += w;
    }
    return total;
  }

  public interface WeightSource {
    Map<String, Integer> load();
  }
}
