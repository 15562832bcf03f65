import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Trap: a test double of a consumer keeps committed offsets in a plain map and guards every use
 * with its own monitor, including the lookup done by the value function of a
 * {@code Collectors.toMap} inside the synchronized {@code committed(Set)}: a collector's functions
 * run where the stream collects, on the caller's thread, still inside the monitor. A background
 * task commits under the same monitor. Modelled on a messaging client's mock consumer.
 */
public class CollectorLambdaRunsInsideSynchronizedMethod {
  private final Map<String, Long> committed = new HashMap<>();
  private final ScheduledExecutorService autoCommit = Executors.newSingleThreadScheduledExecutor();

  public void start(Duration interval) {
    autoCommit.scheduleAtFixedRate(() -> commit("heartbeat", System.currentTimeMillis()),
        interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  public synchronized void commit(String partition, long offset) {
    committed.put(partition, offset);
  }

  public synchronized Map<String, Long> committed(Set<String> partitions) {
    return partitions.stream()
        .filter(committed::containsKey)
        .collect(Collectors.toMap(p -> p, p -> committed.get(p)));
  }
}
