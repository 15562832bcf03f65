import java.util.HashMap;
import java.util.Map;

/**
 * Bug: a Registry, a Component whose lifecycle methods synchronize, writes its names under its own
 * monitor and reads them without it, so two clients race. The monitor is one lock for the class
 * and its superclass; the message names it as Registry's code does (Registry.this), not after
 * the superclass that first synchronizes on it.
 */
public class SubclassMonitorNamedByItsClass {
  public static class Component {
    private boolean running;

    public synchronized void start() {
      running = true;
    }

    public synchronized boolean isRunning() {
      return running;
    }
  }

  public static class Registry extends Component {
    private final Map<String, String> names = new HashMap<>();

    public void register(String id, String name) {
      synchronized (this) {
        names.put(id, name);
      }
    }

    public String nameOf(String id) {
      return names.get(id); // expect: UnguardedMapAccess "there: SubclassMonitorNamedByItsClass.Registry.this)"
    }
  }
}
