import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the spawned lambda calls handle() -> route() -> remember(), and the write is three calls
 * below the task; the reader is on the caller's thread.
 */
public class AccessThreeCallsDownFromLambda {
  private final Map<String, String> lastMessageByTopic = new HashMap<>();
  private final ExecutorService consumers = Executors.newFixedThreadPool(4);

  public void onMessage(String topic, String payload) {
    consumers.execute(() -> handle(topic, payload));
  }

  private void handle(String topic, String payload) {
    if (!payload.isBlank()) {
      route(topic.toLowerCase(), payload);
    }
  }

  private void route(String topic, String payload) {
    remember(topic, payload.trim());
  }

  private void remember(String topic, String payload) {
    lastMessageByTopic.put(topic, payload); // expect: UnguardedMapAccess
  }

  public String last(String topic) {
    return lastMessageByTopic.get(topic); // expect: UnguardedMapAccess
  }
}
