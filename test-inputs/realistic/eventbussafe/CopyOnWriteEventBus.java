import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Trap (multi-file): subscribers live in an immutable snapshot behind a volatile field. Writers
 * (synchronized, so they do not lose each other's updates) copy, change the copy and publish it;
 * publishers read whatever snapshot they see without a lock.
 */
public class CopyOnWriteEventBus {
  private volatile Map<String, List<Consumer<Object>>> subscribers = Map.of();
  private final ExecutorService dispatchPool;

  public CopyOnWriteEventBus(ExecutorService dispatchPool) {
    this.dispatchPool = dispatchPool;
  }

  public synchronized void subscribe(String topic, Consumer<Object> handler) {
    Map<String, List<Consumer<Object>>> next = new HashMap<>(subscribers);
    List<Consumer<Object>> handlers = new ArrayList<>(next.getOrDefault(topic, List.of()));
    handlers.add(handler);
    next.put(topic, List.copyOf(handlers));
    subscribers = Map.copyOf(next);
  }

  public void publish(String topic, Object event) {
    for (Consumer<Object> h : subscribers.getOrDefault(topic, List.of())) {
      h.accept(event);
    }
  }

  public void publishAsync(String topic, Object event) {
    dispatchPool.execute(() -> publish(topic, event));
  }
}
