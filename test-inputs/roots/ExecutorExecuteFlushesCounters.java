import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Bug: Executor.execute hands the flush to a pool thread, which iterates and clears the counters
 * while the calling thread keeps incrementing them. No lock on either side.
 */
public class ExecutorExecuteFlushesCounters {
  private final Map<String, Long> counters = new HashMap<>();
  private final Executor flusher;
  private final MetricsSink sink;

  public ExecutorExecuteFlushesCounters(Executor flusher, MetricsSink sink) {
    this.flusher = flusher;
    this.sink = sink;
  }

  public void increment(String name) {
    counters.merge(name, 1L, Long::sum); // expect: UnguardedMapAccess
  }

  public void flushAsync() {
    flusher.execute(() -> {
      counters.forEach(sink::send); // expect: UnguardedMapAccess
      counters.clear(); // expect: UnguardedMapAccess
    });
  }

  public interface MetricsSink {
    void send(String name, long value);
  }
}
