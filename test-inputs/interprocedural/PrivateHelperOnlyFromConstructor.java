import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a private helper called only from the constructor fills the final map; afterwards pool
 * tasks only read it. The helper's writes are construction, before any thread sees the object.
 */
public class PrivateHelperOnlyFromConstructor {
  private final Map<String, Integer> priorities = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public PrivateHelperOnlyFromConstructor() {
    loadDefaults();
  }

  private void loadDefaults() {
    priorities.put("critical", 0);
    priorities.put("high", 1);
    priorities.put("normal", 5);
  }

  public void routeAsync(String ticket, String level, Router router) {
    pool.execute(() -> router.route(ticket, priorities.getOrDefault(level, 9)));
  }

  public interface Router {
    void route(String ticket, int priority);
  }
}
