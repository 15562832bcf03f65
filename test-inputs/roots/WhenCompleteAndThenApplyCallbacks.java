import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Bug: thenApply and whenComplete callbacks may run on the completing thread. Both update the
 * latency map while the caller prints a report from it.
 */
public class WhenCompleteAndThenApplyCallbacks {
  private final Map<String, Long> latencyMillis = new HashMap<>();
  private final Map<String, String> failures = new HashMap<>();

  public CompletableFuture<String> call(String service, RemoteCall remote) {
    long start = System.currentTimeMillis();
    return remote.invoke(service)
        .thenApply(reply -> {
          latencyMillis.put(service, System.currentTimeMillis() - start); // expect: UnguardedMapAccess
          return reply.trim();
        })
        .whenComplete((reply, error) -> {
          if (error != null) {
            failures.put(service, error.getMessage()); // expect: UnguardedMapAccess
          }
        });
  }

  public String report() {
    StringBuilder sb = new StringBuilder();
    latencyMillis.forEach((s, ms) -> sb.append(s).append('=').append(ms).append("ms\n")); // expect: UnguardedMapAccess
    sb.append("failures: ").append(failures.size()); // expect: UnguardedMapAccess
    return sb.toString();
  }

  public interface RemoteCall {
    CompletableFuture<String> invoke(String service);
  }
}
