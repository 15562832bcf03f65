import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: Map.Entry.setValue writes the map. A decay task scales every score in place on the
 * scheduler thread while the caller reads scores.
 */
public class EntrySetValueIsWrite {
  private final Map<String, Double> scores = new HashMap<>();
  private final ScheduledExecutorService decay = Executors.newSingleThreadScheduledExecutor();

  public EntrySetValueIsWrite() {
    decay.scheduleAtFixedRate(this::decayAll, 1, 1, TimeUnit.HOURS);
  }

  private void decayAll() {
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      e.setValue(e.getValue() * 0.9); // expect: UnguardedMapAccess
    }
  }

  public double score(String item) {
    return scores.getOrDefault(item, 0.0); // expect: UnguardedMapAccess
  }
}
