import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Bug: a public request manager's network thread fills and drains its per-node queues in a plain
 * map, and a public accessor lets any caller's thread look one up while the network thread writes
 * the map. (The twin of traps/TestHookReadsNetworkThreadState, whose accessor only its package's
 * tests can call.)
 */
public class PublicAccessorReadsNetworkThreadState {
  public static final class RequestManager {
    private final Queue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<Integer, Queue<Integer>> pendingByNode = new HashMap<>();
    private volatile boolean running = true;

    public void start() {
      new Thread(this::runNetworkLoop, "network").start();
    }

    public void acknowledge(int offset) {
      acknowledged.add(offset);
    }

    private void runNetworkLoop() {
      while (running) {
        for (Integer offset; (offset = acknowledged.poll()) != null; ) {
          pendingByNode.computeIfAbsent(offset % 3, n -> new ArrayDeque<>()).add(offset); // expect: UnguardedMapAccess
        }
      }
    }

    public int pendingFor(int node) {
      Queue<Integer> q = pendingByNode.get(node); // expect: UnguardedMapAccess
      return q == null ? 0 : q.size();
    }

    public void close() {
      running = false;
    }
  }
}
