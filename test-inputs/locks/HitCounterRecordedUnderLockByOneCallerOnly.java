import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: a hit counter's helper {@code record} is called under the counter's lock by one caller and
 * without it by another, while a worker thread resets the counts. The finding says no lock is held
 * at the helper, so its trace must come in through the caller that holds none
 * ({@code recordUnlocked}), not through the shorter one that does.
 */
public class HitCounterRecordedUnderLockByOneCallerOnly {
  private final Object lock = new Object();
  private final Map<String, Integer> hits = new HashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  public void resetLater() {
    worker.submit(() -> {
      synchronized (lock) {
        hits.clear();
      }
    });
  }

  public void recordLocked(String page) {
    synchronized (lock) {
      record(page);
    }
  }

  public void recordUnlocked(String page) {
    normalise(page);
  }

  private void normalise(String page) {
    record(page.toLowerCase());
  }

  private void record(String page) {
    hits.merge(page, 1, Integer::sum); // expect: UnguardedMapAccess "Path: recordUnlocked(..) -> normalise(..) -> record(..)"
  }
}
