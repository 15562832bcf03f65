import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: the periodic task is kept in a field (a Runnable built from a method reference) and
 * scheduled from there; it prunes the map the caller fills.
 */
public class TaskInFieldScheduled {
  private final Map<String, Long> lastHeartbeat = new HashMap<>();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
  private final Runnable pruneTask = this::pruneDeadNodes;

  public void start() {
    scheduler.scheduleAtFixedRate(pruneTask, 5, 5, TimeUnit.SECONDS);
  }

  public void heartbeat(String node) {
    lastHeartbeat.put(node, System.currentTimeMillis()); // expect: UnguardedMapAccess
  }

  private void pruneDeadNodes() {
    long cutoff = System.currentTimeMillis() - 15_000;
    lastHeartbeat.entrySet().removeIf(e -> e.getValue() < cutoff); // expect: UnguardedMapAccess
  }
}
