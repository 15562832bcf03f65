import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap (multi-file): the registry guards its HashMap with its own monitor in every method,
 * including the snapshot that the exporter's scheduler thread takes.
 */
@ThreadSafe
public class SafeMetricsRegistry {
  private final Map<String, Long> counters = new HashMap<>();

  public synchronized void increment(String name) {
    counters.merge(name, 1L, Long::sum);
  }

  public synchronized long value(String name) {
    return counters.getOrDefault(name, 0L);
  }

  public synchronized Map<String, Long> snapshot() {
    return new TreeMap<>(counters);
  }
}
