import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Trap: each admin client starts one network thread on a runner made for it alone, and the runner
 * keeps its per-node call lists in plain maps that only that thread touches. Some of those
 * accesses go through a static helper the runner passes its own map to
 * ({@code listFor(callsToSend, node)}). Many clients (so many runner threads) may exist at once,
 * but each thread has its own runner and so its own maps. Callers hand calls over through a
 * blocking queue. Modelled on a message-broker admin client's network thread.
 */
public class AdminThreadKeepsItsCallsInAHelperFilledMap {
  static final class NamedThread extends Thread {
    NamedThread(String name, Runnable task, boolean daemon) {
      super(task, name);
      setDaemon(daemon);
    }
  }

  private final Runner runner;
  private final Thread thread;
  private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();

  public static AdminThreadKeepsItsCallsInAHelperFilledMap create(String clientId) {
    return new AdminThreadKeepsItsCallsInAHelperFilledMap(clientId);
  }

  private AdminThreadKeepsItsCallsInAHelperFilledMap(String clientId) {
    this.runner = new Runner();
    this.thread = new NamedThread("admin-client-" + clientId, runner, true);
    thread.start();
  }

  public void describeTopic(String node) {
    pending.add(node);
  }

  public void close() {
    runner.running = false;
  }

  static <K, V> List<V> listFor(Map<K, List<V>> map, K key) {
    return map.computeIfAbsent(key, k -> new ArrayList<>());
  }

  final class Runner implements Runnable {
    private final Map<String, List<String>> callsToSend = new HashMap<>();
    private final Map<String, Long> nodeReadyDeadlines = new HashMap<>();
    private volatile boolean running = true;

    @Override
    public void run() {
      while (running || hasCallsToSend()) {
        drainPending();
        sendEligibleCalls(System.currentTimeMillis());
      }
    }

    private void drainPending() {
      String node;
      while ((node = pending.poll()) != null) {
        listFor(callsToSend, node).add("describe " + node);
      }
    }

    private void sendEligibleCalls(long now) {
      for (Iterator<Map.Entry<String, List<String>>> it = callsToSend.entrySet().iterator();
           it.hasNext(); ) {
        Map.Entry<String, List<String>> entry = it.next();
        Long deadline = nodeReadyDeadlines.get(entry.getKey());
        if (deadline != null && deadline > now) continue;
        nodeReadyDeadlines.remove(entry.getKey());
        it.remove();
      }
    }

    private boolean hasCallsToSend() {
      for (List<String> calls : callsToSend.values()) {
        if (!calls.isEmpty()) return true;
      }
      return false;
    }
  }
}
