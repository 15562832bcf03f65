import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Trap: a public request manager keeps its per-node state in plain maps that only its network
 * thread touches; requests come in through a concurrent queue. A package-private accessor, kept
 * for the tests ("visible for testing"), reads one of those maps: nothing in the program calls it,
 * and code outside the package cannot, so no client thread ever runs it beside the network thread.
 * The dead private helper nothing calls is no entry either. Modelled on a consumer's share-fetch
 * request manager and its test hook.
 */
public class TestHookReadsNetworkThreadState {
  public static final class RequestManager {
    private final Queue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<Integer, Queue<Integer>> pendingByNode = new HashMap<>();
    private final Map<Integer, Long> lastSendByNode = new HashMap<>();
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
          pendingByNode.computeIfAbsent(offset % 3, n -> new ArrayDeque<>()).add(offset);
        }
        for (Map.Entry<Integer, Queue<Integer>> e : pendingByNode.entrySet()) {
          e.getValue().clear();
          lastSendByNode.put(e.getKey(), System.nanoTime());
        }
      }
    }

    // visible for testing
    int pendingFor(int node) {
      Queue<Integer> q = pendingByNode.get(node);
      return q == null ? 0 : q.size();
    }

    private void forgetNode(int node) {
      lastSendByNode.remove(node);
    }

    public void close() {
      running = false;
    }
  }
}
