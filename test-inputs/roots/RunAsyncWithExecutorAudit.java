import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: CompletableFuture.runAsync(task, executor) appends to a TreeMap on the audit pool while
 * the caller takes the oldest entry out of it.
 */
public class RunAsyncWithExecutorAudit {
  private final TreeMap<Long, String> auditLog = new TreeMap<>();
  private final ExecutorService auditPool = Executors.newFixedThreadPool(2);

  public CompletableFuture<Void> audit(long timestamp, String event) {
    return CompletableFuture.runAsync(() -> auditLog.put(timestamp, event), auditPool); // expect: UnguardedMapAccess
  }

  public String oldest() {
    Map.Entry<Long, String> first = auditLog.pollFirstEntry(); // expect: UnguardedMapAccess
    return first == null ? null : first.getValue();
  }
}
