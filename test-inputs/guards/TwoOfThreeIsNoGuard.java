import java.util.HashMap;
import java.util.Map;

/**
 * Bug (threshold edge): two of three accesses hold the lock, below the threshold of three
 * quarters: no guard is inferred, so InconsistentMapLocking is silent. No thread is started here,
 * but the class synchronizes and writes the map under its monitor, so client threads may share an
 * instance: the unlocked size() races with commit()'s put.
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
    return offsets.size(); // expect: UnguardedMapAccess "a class meant to be shared (it synchronizes, and this map is written under a lock)"
  }
}
