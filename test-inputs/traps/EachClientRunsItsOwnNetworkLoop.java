import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Trap: every client makes its own network loop and one named daemon thread to run it. The loop's
 * bookkeeping maps are touched only by that thread ("only accessed from the network thread");
 * callers hand requests over through a concurrent queue. Many clients mean many threads running
 * NetworkLoop.run() at once, but each on a loop object of its own. The thread helper is used
 * elsewhere too (a shell runs each command on a fresh thread), so all its threads are one code
 * path a checker could take for one thread racing with itself. Modelled on an admin client's
 * request thread.
 */
public class EachClientRunsItsOwnNetworkLoop {
  /** A daemon thread with a name, for any code. */
  public static class NamedThread extends Thread {
    public NamedThread(String name, Runnable code) {
      super(code, name);
      setDaemon(true);
    }
  }

  static final class Call {
    final int id;
    final String node;

    Call(int id, String node) {
      this.id = id;
      this.node = node;
    }
  }

  static final class NetworkLoop implements Runnable {
    private final Queue<Call> submitted = new ConcurrentLinkedQueue<>();
    // only accessed from the network thread
    private final Map<String, Queue<Call>> callsToSend = new HashMap<>();
    private final Map<Integer, Call> inFlight = new HashMap<>();
    private volatile boolean running = true;

    void submit(Call call) {
      submitted.add(call);
    }

    @Override
    public void run() {
      while (running) {
        for (Call c; (c = submitted.poll()) != null; ) {
          callsToSend.computeIfAbsent(c.node, n -> new ArrayDeque<>()).add(c);
        }
        sendReady();
        completeSome();
      }
    }

    private void sendReady() {
      for (Queue<Call> q : callsToSend.values()) {
        for (Call c; (c = q.poll()) != null; ) inFlight.put(c.id, c);
      }
    }

    private void completeSome() {
      for (Iterator<Call> it = inFlight.values().iterator(); it.hasNext(); ) {
        it.next();
        it.remove();
      }
    }

    void close() {
      running = false;
    }
  }

  public static final class AdminClient implements AutoCloseable {
    private final NetworkLoop loop;
    private final NamedThread thread;
    private int nextId;

    public AdminClient(String name) {
      this.loop = new NetworkLoop();
      this.thread = new NamedThread("admin-client-" + name, loop);
      thread.start();
    }

    public synchronized void describe(String node) {
      loop.submit(new Call(nextId++, node));
    }

    @Override
    public void close() {
      loop.close();
    }
  }

  public static final class Shell {
    public void runAll(String[] commands) {
      for (String command : commands) {
        new NamedThread("shell", () -> System.out.println(command)).start();
      }
    }
  }
}
