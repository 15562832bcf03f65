import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: a client registers its own RequestStats in the library's static registry, and the library's
 * flusher thread reads every registered instance while the client keeps recording into its own.
 */
public class ClientInstanceKeptInStaticRegistry {
  public static final class RequestStats {
    private final Map<String, Integer> countsByPath = new HashMap<>();

    public void record(String path) {
      countsByPath.merge(path, 1, Integer::sum); // expect: UnguardedMapAccess
    }

    int total() {
      int sum = 0;
      for (int n : countsByPath.values()) sum += n; // expect: UnguardedMapAccess
      return sum;
    }
  }

  public static final class StatsRegistry {
    private static final List<RequestStats> ALL = new ArrayList<>();
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor();

    public static void register(RequestStats stats) {
      ALL.add(stats);
    }

    public static void startFlushing() {
      FLUSHER.scheduleAtFixedRate(StatsRegistry::flush, 1, 1, TimeUnit.MINUTES);
    }

    private static void flush() {
      for (RequestStats s : ALL) System.out.println(s.total());
    }
  }
}
