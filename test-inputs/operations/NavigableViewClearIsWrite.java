import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: headMap(cutoff).clear() removes entries from the TreeMap through a range view; the
 * retention task does it on the scheduler thread while the caller appends and reads.
 */
public class NavigableViewClearIsWrite {
  private final TreeMap<Long, String> events = new TreeMap<>();
  private final ScheduledExecutorService retention = Executors.newSingleThreadScheduledExecutor();

  public NavigableViewClearIsWrite() {
    retention.scheduleAtFixedRate(() -> {
      long cutoff = System.currentTimeMillis() - 86_400_000L;
      events.headMap(cutoff).clear(); // expect: UnguardedMapAccess
    }, 1, 1, TimeUnit.HOURS);
  }

  public void append(long at, String event) {
    events.put(at, event); // expect: UnguardedMapAccess
  }

  public Long oldest() {
    return events.isEmpty() ? null : events.firstKey(); // expect: UnguardedMapAccess
  }
}
