import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug (multi-file): a metrics registry documented @ThreadSafe. The LongAdder values are safe, but
 * the HashMap that holds them is not: two threads registering new counters at once corrupt it, and
 * the exporter iterates it meanwhile.
 */
@ThreadSafe
public class MetricsRegistry {
  private final Map<String, LongAdder> counters = new HashMap<>();

  public void increment(String name) {
    counters.computeIfAbsent(name, n -> new LongAdder()).increment(); // expect: UnguardedMapAccess
  }

  public long value(String name) {
    LongAdder a = counters.get(name); // expect: UnguardedMapAccess
    return a == null ? 0 : a.sum();
  }

  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach((name, adder) -> { // expect: UnguardedMapAccess
      out.put(name, adder.sum());
    });
    return out;
  }
}
