import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Bug (multi-file): a utility class in another file mutates the map it is given; async
 * completions call it with the shared latency histogram while snapshot() copies it.
 */
public class RequestMetrics {
  private final Map<Long, Integer> latencyBuckets = new HashMap<>();

  public void track(CompletableFuture<?> request) {
    long start = System.nanoTime();
    request.whenCompleteAsync((r, e) -> Histograms.record(latencyBuckets, System.nanoTime() - start));
  }

  public Map<Long, Integer> snapshot() {
    return new HashMap<>(latencyBuckets); // expect: UnguardedMapAccess
  }
}
