import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: the library offers a wrapper that keeps a client's RequestStats (to prefix paths), and a
 * heartbeat reporter that fills a RequestStats of its own on a scheduler thread. A client's stats
 * may be kept by a wrapper, but no wrapper is ever reached by the reporter's thread: the client's
 * maps and the reporter's are still different maps.
 */
public class ClientInstanceKeptOnlyByClientSideWrapper {
  public static final class RequestStats {
    private final Map<String, Integer> countsByPath = new HashMap<>();

    public void record(String path) {
      countsByPath.merge(path, 1, Integer::sum);
    }

    public int count(String path) {
      return countsByPath.getOrDefault(path, 0);
    }
  }

  public static final class PrefixedStats {
    private final RequestStats target;
    private final String prefix;

    public PrefixedStats(RequestStats target, String prefix) {
      this.target = target;
      this.prefix = prefix;
    }

    public void record(String path) {
      target.record(prefix + path);
    }
  }

  public static final class HeartbeatReporter {
    private final RequestStats beats = new RequestStats();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
      timer.scheduleAtFixedRate(() -> beats.record("/heartbeat"), 1, 1, TimeUnit.SECONDS);
    }
  }
}
