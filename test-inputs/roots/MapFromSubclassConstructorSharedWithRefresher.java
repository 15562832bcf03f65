import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: the twin of traps/MapFromSubclassConstructorOwnedByClient whose refresher is given the
 * client's registry: its scheduler thread registers into the HashMap the subclass made in
 * {@code super(new HashMap<>())} while the client looks names up in it. (The map's kind is known
 * from the subclass's constructor call; the base class only declares a Map.)
 */
public class MapFromSubclassConstructorSharedWithRefresher {
  abstract static class Registry {
    private final Map<String, String> entries;

    protected Registry(Map<String, String> entries) {
      this.entries = entries;
    }

    public void register(String name, String address) {
      entries.put(name, address); // expect: UnguardedMapAccess
    }

    public String lookup(String name) {
      return entries.get(name); // expect: UnguardedMapAccess
    }
  }

  public static final class NameRegistry extends Registry {
    public NameRegistry() {
      super(new HashMap<>());
    }
  }

  public static final class Refresher {
    private final NameRegistry registry;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public Refresher(NameRegistry registry) {
      this.registry = registry;
    }

    public void start() {
      timer.scheduleAtFixedRate(() -> registry.register("self", "127.0.0.1"), 0, 5, TimeUnit.SECONDS);
    }
  }
}
