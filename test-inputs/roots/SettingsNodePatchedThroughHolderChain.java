// known-gap: the node is two objects away from the thread's root (watcher -> manager -> node); an object held deeper than one field from a threaded object is not taken as shared (docs/reporting-policy.md), so this race is not reported
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: the twin of traps/SettingsTreeRebuiltOnEachReload whose watcher patches the manager's
 * published root node in place instead of swapping in a new tree: the watcher's thread puts into
 * the HashMap that readers of the manager read.
 */
public class SettingsNodePatchedThroughHolderChain {
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

    public void patch(String key, String value) {
      root.setAttribute(key, value);
    }

    public String get(String key) {
      return root.attribute(key);
    }
  }

  public static final class FileWatcher {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final SettingsManager settings;

    public FileWatcher(SettingsManager settings) {
      this.settings = settings;
    }

    public void start() {
      timer.scheduleWithFixedDelay(() -> settings.patch("checkedAt", "now"), 30, 30, TimeUnit.SECONDS);
    }
  }
}
