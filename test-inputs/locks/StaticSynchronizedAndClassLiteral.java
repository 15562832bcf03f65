import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a static synchronized method and a synchronized (X.class) block take the same monitor
 * (the Class object), so the static map is always guarded by one lock.
 */
public class StaticSynchronizedAndClassLiteral {
  private static final Map<String, Integer> PORTS = new HashMap<>();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  public static void bindAsync(String service, int port) {
    POOL.execute(() -> bind(service, port));
  }

  private static synchronized void bind(String service, int port) {
    PORTS.put(service, port);
  }

  public static int port(String service) {
    synchronized (StaticSynchronizedAndClassLiteral.class) {
      return PORTS.getOrDefault(service, -1);
    }
  }
}
