import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the base class's synchronized template method calls an abstract hook; the subclass's
 * override writes a map, always under the base method's monitor (the same object: this).
 */
public class OverrideCalledUnderSyncInBase {
  abstract static class EventProcessor {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public void submit(String event) {
      pool.execute(() -> process(event));
    }

    private synchronized void process(String event) {
      onEvent(event.trim());
    }

    protected abstract void onEvent(String event);
  }

  static final class CountingProcessor extends EventProcessor {
    private final Map<String, Integer> counts = new HashMap<>();

    @Override
    protected void onEvent(String event) {
      counts.merge(event, 1, Integer::sum);
    }

    public synchronized int count(String event) {
      return counts.getOrDefault(event, 0);
    }
  }
}
