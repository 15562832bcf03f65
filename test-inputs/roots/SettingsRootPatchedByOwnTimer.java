import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: the twin of traps/SettingsTreeRebuiltOnEachReload whose manager runs its own refresh timer
 * and patches the published root node in place: the timer thread puts into the very HashMap that
 * request threads read. Node shows no sign of being shared, but the manager hands the node it holds
 * to its own thread.
 */
public class SettingsRootPatchedByOwnTimer {
  public static final class Node {
    private final Map<String, String> attributes = new HashMap<>();

    public void setAttribute(String key, String value) {
      attributes.put(key, value); // expect: UnguardedMapAccess
    }

    public String attribute(String key) {
      return attributes.get(key); // expect: UnguardedMapAccess
    }
  }

  public static final class SettingsManager {
    private final Node root = new Node();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
      timer.scheduleWithFixedDelay(this::refresh, 30, 30, TimeUnit.SECONDS);
    }

    private void refresh() {
      root.setAttribute("refreshedAt", Long.toString(System.currentTimeMillis()));
    }

    public String get(String key) {
      return root.attribute(key);
    }
  }
}
