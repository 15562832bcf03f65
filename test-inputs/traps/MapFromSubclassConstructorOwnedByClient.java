import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: a registry base class keeps the map its subclass makes for it in
 * {@code super(new HashMap<>())}. A client's own NameRegistry is used on the client's thread only;
 * the library's refresher fills a NameRegistry of its own on its scheduler thread. The two threads
 * never touch one map, although both run register(..).
 */
public class MapFromSubclassConstructorOwnedByClient {
  abstract static class Registry {
    private final Map<String, String> entries;

    protected Registry(Map<String, String> entries) {
      this.entries = entries;
    }

    public void register(String name, String address) {
      entries.put(name, address);
    }

    public String lookup(String name) {
      return entries.get(name);
    }
  }

  public static final class NameRegistry extends Registry {
    public NameRegistry() {
      super(new HashMap<>());
    }
  }

  public static final class Refresher {
    private final NameRegistry local = new NameRegistry();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
      timer.scheduleAtFixedRate(() -> local.register("self", "127.0.0.1"), 0, 5, TimeUnit.SECONDS);
    }
  }
}
