import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: a Tracker makes its own PageStats and never hands it out, so a client's Tracker and its
 * PageStats are the client's alone: the calling thread reaches that map through the client's
 * tracker (also when the client passes its tracker to the static helper Pages.hitAll). The
 * library's Heartbeat records into a Tracker of its own on its timer thread: never the same map.
 */
public class HelperHeldByClientObject {
  public static final class PageStats {
    private final Map<String, Integer> hits = new HashMap<>();

    void record(String page) {
      hits.merge(page, 1, Integer::sum);
    }

    int count(String page) {
      return hits.getOrDefault(page, 0);
    }
  }

  public static final class Tracker {
    private final PageStats stats = new PageStats();

    public void hit(String page) {
      stats.record(page);
    }

    public int hits(String page) {
      return stats.count(page);
    }
  }

  public static final class Pages {
    private Pages() {}

    public static void hitAll(Tracker tracker, List<String> pages) {
      for (String page : pages) hitOne(tracker, page);
    }

    private static void hitOne(Tracker tracker, String page) {
      tracker.hit(page);
    }
  }

  public static final class Heartbeat {
    private final Tracker beats = new Tracker();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
      timer.scheduleAtFixedRate(() -> beats.hit("/heartbeat"), 1, 1, TimeUnit.SECONDS);
    }
  }
}
