import java.util.HashMap;
import java.util.Map;

/**
 * Trap (threshold edge): two of three accesses hold the lock, below the threshold of three
 * quarters: no guard is inferred and nothing is reported (no thread is started here, so there is
 * no race to report either).
 */
public class TwoOfThreeIsNoGuard {
  private final Map<String, Long> offsets = new HashMap<>(); // guard: none

  public synchronized void commit(String topic, long offset) {
    offsets.put(topic, offset);
  }

  public synchronized long offsetOf(String topic) {
    return offsets.getOrDefault(topic, 0L);
  }

  public int topics() {
    return offsets.size();
  }
}
