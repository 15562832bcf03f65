import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: one side locks Registry.class, the other locks the outer class literal: two different
 * monitors guarding the same static map. Both sides are reported.
 */
public class TwoClassLiteralLocks {
  static final class Registry {
    static final Map<String, String> PLUGINS = new HashMap<>();
  }

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void installAsync(String name, String className) {
    pool.execute(() -> {
      synchronized (Registry.class) {
        Registry.PLUGINS.put(name, className); // expect: UnguardedMapAccess
      }
    });
  }

  public String plugin(String name) {
    synchronized (TwoClassLiteralLocks.class) {
      return Registry.PLUGINS.get(name); // expect: UnguardedMapAccess
    }
  }
}
