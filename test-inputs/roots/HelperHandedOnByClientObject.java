import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: the twin of traps/HelperHeldByClientObject whose Tracker hands its PageStats to the
 * library's Flusher, which reads every watched PageStats on its timer thread while the client
 * keeps hitting pages through its tracker.
 */
public class HelperHandedOnByClientObject {
  public static final class PageStats {
    private final Map<String, Integer> hits = new HashMap<>();

    void record(String page) {
      hits.merge(page, 1, Integer::sum); // expect: UnguardedMapAccess
    }

    int total() {
      int sum = 0;
      for (int n : hits.values()) sum += n; // expect: UnguardedMapAccess
      return sum;
    }
  }

  public static final class Tracker {
    private final PageStats stats = new PageStats();

    public Tracker(Flusher flusher) {
      flusher.watch(stats);
    }

    public void hit(String page) {
      stats.record(page);
    }
  }

  public static final class Flusher {
    private final List<PageStats> watched = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void watch(PageStats stats) {
      watched.add(stats);
    }

    public void start() {
      timer.scheduleAtFixedRate(() -> {
        for (PageStats s : watched) System.out.println(s.total());
      }, 1, 1, TimeUnit.MINUTES);
    }
  }
}
