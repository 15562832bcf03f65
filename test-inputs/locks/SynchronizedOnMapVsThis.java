import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the pool task locks the map itself, the reader locks this. Two different monitors, so
 * both sides are reported.
 */
public class SynchronizedOnMapVsThis {
  private final Map<Integer, String> pages = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void prefetchAsync(int page, Loader loader) {
    pool.execute(() -> {
      String body = loader.load(page);
      synchronized (pages) {
        pages.put(page, body); // expect: UnguardedMapAccess
      }
    });
  }

  public synchronized String page(int page) {
    return pages.get(page); // expect: UnguardedMapAccess
  }

  public interface Loader {
    String load(int page);
  }
}
