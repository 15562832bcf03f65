import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: run() of a Thread subclass (an inner class) records the last poll time of each feed while
 * callers read it from their own thread.
 */
public class ThreadSubclassFeedPoller {
  private final Map<String, Instant> lastPolled = new HashMap<>();
  private final List<String> feeds;

  public ThreadSubclassFeedPoller(List<String> feeds) {
    this.feeds = List.copyOf(feeds);
  }

  private final class PollerThread extends Thread {
    PollerThread() {
      super("feed-poller");
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        for (String feed : feeds) {
          lastPolled.put(feed, Instant.now()); // expect: UnguardedMapAccess
        }
      }
    }
  }

  public void start() {
    new PollerThread().start();
  }

  public Instant lastPolled(String feed) {
    return lastPolled.get(feed); // expect: UnguardedMapAccess
  }
}
