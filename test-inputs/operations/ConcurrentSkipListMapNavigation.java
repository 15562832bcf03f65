import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a ConcurrentSkipListMap is a concurrent sorted map: writers on the pool and readers
 * navigating and iterating on the caller's thread need no lock.
 */
public class ConcurrentSkipListMapNavigation {
  private final ConcurrentNavigableMap<Long, String> ticks = new ConcurrentSkipListMap<>();
  private final ExecutorService feed = Executors.newFixedThreadPool(4);

  public void onTickAsync(long at, String quote) {
    feed.execute(() -> ticks.put(at, quote));
  }

  public String latestBefore(long at) {
    Map.Entry<Long, String> e = ticks.floorEntry(at);
    return e == null ? null : e.getValue();
  }

  public int countSince(long at) {
    return ticks.tailMap(at).size();
  }
}
