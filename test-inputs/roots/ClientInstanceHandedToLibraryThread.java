import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: the twin of traps/ClientOwnInstanceNotSharedWithLibraryThread whose reporter is given the
 * client's RequestStats and records heartbeats into it on its scheduler thread, while the client
 * keeps recording requests into the same instance on its own thread.
 */
public class ClientInstanceHandedToLibraryThread {
  public static final class RequestStats {
    private final Map<String, Integer> countsByPath = new HashMap<>();

    public void record(String path) {
      countsByPath.merge(path, 1, Integer::sum); // expect: UnguardedMapAccess
    }

    public int count(String path) {
      return countsByPath.getOrDefault(path, 0); // expect: UnguardedMapAccess
    }
  }

  public static final class HeartbeatReporter {
    private final RequestStats beats;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public HeartbeatReporter(RequestStats stats) {
      this.beats = stats;
    }

    public void start() {
      timer.scheduleAtFixedRate(() -> beats.record("/heartbeat"), 1, 1, TimeUnit.SECONDS);
    }

    public void stop() {
      timer.shutdownNow();
    }
  }
}
