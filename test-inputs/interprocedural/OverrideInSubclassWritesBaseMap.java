import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: an abstract base class dispatches messages to a pool; the subclass's override of handle()
 * (reached by virtual dispatch) writes the base class's protected map, which seen() reads.
 */
public class OverrideInSubclassWritesBaseMap {
  abstract static class MessageHandler {
    protected final Map<String, Long> lastSeenBySender = new HashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public void dispatch(String sender, String body) {
      pool.execute(() -> handle(sender, body));
    }

    protected abstract void handle(String sender, String body);

    public Long seen(String sender) {
      return lastSeenBySender.get(sender); // expect: UnguardedMapAccess
    }
  }

  static final class ChatHandler extends MessageHandler {
    @Override
    protected void handle(String sender, String body) {
      lastSeenBySender.put(sender, System.currentTimeMillis()); // expect: UnguardedMapAccess
      System.out.println(sender + ": " + body);
    }
  }
}
