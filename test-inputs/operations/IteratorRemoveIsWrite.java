import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: Iterator.remove() on an entry-set iterator writes the map. The cleaner does it on the
 * scheduler thread while lookups read on the caller's thread. Iteration alone (a read) would not
 * race with the lookups; the remove does.
 */
public class IteratorRemoveIsWrite {
  private final Map<String, Long> locks = new HashMap<>();
  private final ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor();

  public IteratorRemoveIsWrite() {
    cleaner.scheduleAtFixedRate(this::dropStale, 1, 1, TimeUnit.SECONDS);
  }

  private void dropStale() {
    long now = System.currentTimeMillis();
    Iterator<Map.Entry<String, Long>> it = locks.entrySet().iterator();
    while (it.hasNext()) {
      if (it.next().getValue() < now) {
        it.remove(); // expect: UnguardedMapAccess
      }
    }
  }

  public boolean isLocked(String resource) {
    return locks.containsKey(resource); // expect: UnguardedMapAccess
  }
}
