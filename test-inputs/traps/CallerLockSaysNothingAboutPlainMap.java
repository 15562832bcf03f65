import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: every Connection keeps its own NodeStates (a plain HashMap of when each node last answered,
 * no lock of its own). The poller's thread updates its connection's states while it holds the
 * poller's monitor, for the poller's own reasons; the reporter's pool reads the states of the
 * reporter's own connection. The two threads never touch the same NodeStates, and the poller's
 * lock says nothing about NodeStates being shared: it is neither NodeStates' lock nor taken by
 * NodeStates' code.
 */
public class CallerLockSaysNothingAboutPlainMap {
  public static final class NodeStates {
    private final Map<String, Long> lastSeen = new HashMap<>();

    void seen(String node, long at) {
      lastSeen.put(node, at);
    }

    Long last(String node) {
      return lastSeen.get(node);
    }
  }

  public static final class Connection {
    private final NodeStates states = new NodeStates();

    void onReply(String node) {
      states.seen(node, System.nanoTime());
    }

    Long lastReply(String node) {
      return states.last(node);
    }
  }

  public static final class Poller {
    private final Connection connection = new Connection();
    private int polls;

    public void start() {
      new Thread(this::pollLoop, "poller").start();
    }

    private void pollLoop() {
      for (int i = 0; i < 1_000; i++) {
        synchronized (this) {
          polls++;
          connection.onReply("node-" + (i % 3));
        }
      }
    }
  }

  public static final class Reporter {
    private final Connection connection = new Connection();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    public void report(String node) {
      pool.execute(() -> System.out.println(connection.lastReply(node)));
    }
  }
}
