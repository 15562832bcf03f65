import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Bug: each admin client starts one network thread on a runner made for it alone, but the
 * client's own methods, on the caller's thread, add calls straight into the runner's plain map
 * through a static helper ({@code listFor(runner.callsToSend, node)}) while the network thread
 * iterates and empties it. (The twin of traps/AdminThreadKeepsItsCallsInAHelperFilledMap, where
 * calls are handed over through a blocking queue.)
 */
public class AdminCallerFillsTheThreadsMapThroughAHelper {
  static final class NamedThread extends Thread {
    NamedThread(String name, Runnable task, boolean daemon) {
      super(task, name);
      setDaemon(daemon);
    }
  }

  private final Runner runner;
  private final Thread thread;

  public static AdminCallerFillsTheThreadsMapThroughAHelper create(String clientId) {
    return new AdminCallerFillsTheThreadsMapThroughAHelper(clientId);
  }

  private AdminCallerFillsTheThreadsMapThroughAHelper(String clientId) {
    this.runner = new Runner();
    this.thread = new NamedThread("admin-client-" + clientId, runner, true);
    thread.start();
  }

  public void describeTopic(String node) {
    listFor(runner.callsToSend, node).add("describe " + node);
  }

  public void close() {
    runner.running = false;
  }

  static <K, V> List<V> listFor(Map<K, List<V>> map, K key) {
    return map.computeIfAbsent(key, k -> new ArrayList<>()); // expect: UnguardedMapAccess
  }

  final class Runner implements Runnable {
    private final Map<String, List<String>> callsToSend = new HashMap<>();
    private volatile boolean running = true;

    @Override
    public void run() {
      while (running) {
        sendEligibleCalls();
      }
    }

    private void sendEligibleCalls() {
      for (Iterator<Map.Entry<String, List<String>>> it = callsToSend.entrySet().iterator(); // expect: UnguardedMapAccess
           it.hasNext(); ) {
        it.next();
        it.remove(); // expect: UnguardedMapAccess
      }
    }
  }
}
