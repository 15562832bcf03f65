import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a ThreadLocal<Map> gives every thread its own map; pool tasks and the caller each use
 * their own copy.
 */
public class ThreadLocalMapPerThread {
  private static final ThreadLocal<Map<String, String>> MDC = ThreadLocal.withInitial(HashMap::new);
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void handle(String requestId, Runnable work) {
    pool.execute(() -> {
      MDC.get().put("requestId", requestId);
      try {
        work.run();
      } finally {
        MDC.get().remove("requestId");
      }
    });
  }

  public static String current(String key) {
    return MDC.get().get(key);
  }
}
