import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: a Runnable (a block lambda that returns nothing) submitted to a pool appends to an
 * insertion-ordered audit map while the caller renders it.
 */
public class SubmitRunnableAuditTrail {
  private final Map<String, Instant> lastActionByUser = new LinkedHashMap<>();
  private final ExecutorService auditPool = Executors.newCachedThreadPool();

  public void recordAsync(String user, String action) {
    auditPool.submit(() -> {
      String key = user + ":" + action;
      lastActionByUser.put(key, Instant.now()); // expect: UnguardedMapAccess
    });
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    for (String key : lastActionByUser.keySet()) { // expect: UnguardedMapAccess
      out.append(key).append('\n');
    }
    return out.toString();
  }
}
