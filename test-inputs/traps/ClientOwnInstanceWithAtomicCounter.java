import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Trap: RequestStats keeps an AtomicLong, so client threads may share one instance, but nothing in
 * the class locks its map: the atomic counter says nothing about the map, and the map is not
 * written under a lock anywhere. The library's HeartbeatReporter records into a RequestStats of its
 * own on its single scheduler thread; the client's instance is never handed to that thread.
 */
public class ClientOwnInstanceWithAtomicCounter {
  public static final class RequestStats {
    private final AtomicLong total = new AtomicLong();
    private final Map<String, Integer> countsByPath = new HashMap<>();

    public void record(String path) {
      total.incrementAndGet();
      countsByPath.merge(path, 1, Integer::sum);
    }

    public int count(String path) {
      return countsByPath.getOrDefault(path, 0);
    }

    public long total() {
      return total.get();
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
