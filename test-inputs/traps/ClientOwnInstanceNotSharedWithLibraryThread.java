import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: RequestStats is a plain class (no lock, no claim to be thread-safe), so a client's own
 * instance is used by one client thread at a time. The library's HeartbeatReporter keeps a
 * RequestStats of its own, made in its constructor, and fills it on its scheduler thread. The
 * client's instance is never handed to that thread: the two threads never touch the same map.
 */
public class ClientOwnInstanceNotSharedWithLibraryThread {
  public static final class RequestStats {
    private final Map<String, Integer> countsByPath = new HashMap<>();

    public void record(String path) {
      countsByPath.merge(path, 1, Integer::sum);
    }

    public int count(String path) {
      return countsByPath.getOrDefault(path, 0);
    }
  }

  public static final class HeartbeatReporter {
    private final RequestStats beats = new RequestStats();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
      timer.scheduleAtFixedRate(() -> beats.record("/heartbeat"), 1, 1, TimeUnit.SECONDS);
    }

    public void stop() {
      timer.shutdownNow();
    }
  }
}
