import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Bug (multi-file): subscribe/unsubscribe are synchronized, but publish() reads the subscriber
 * map without the lock, from the publishing thread and from the async dispatch pool. Only the
 * unguarded reads are reported (the writers hold the monitor).
 */
public class EventBus {
  private final Map<String, List<Consumer<Object>>> subscribers = new HashMap<>();
  private final ExecutorService dispatchPool;

  public EventBus(ExecutorService dispatchPool) {
    this.dispatchPool = dispatchPool;
  }

  public synchronized void subscribe(String topic, Consumer<Object> handler) {
    subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(handler);
  }

  public synchronized void unsubscribeAll(String topic) {
    subscribers.remove(topic);
  }

  public void publish(String topic, Object event) {
    List<Consumer<Object>> handlers = subscribers.getOrDefault(topic, List.of()); // expect: UnguardedMapAccess
    for (Consumer<Object> h : handlers) {
      h.accept(event);
    }
  }

  public void publishAsync(String topic, Object event) {
    dispatchPool.execute(() -> publish(topic, event));
  }

  public int topicCount() {
    return subscribers.size(); // expect: UnguardedMapAccess "on another client thread"
  }
}
