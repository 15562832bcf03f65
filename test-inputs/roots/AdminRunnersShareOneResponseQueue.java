import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Bug: each admin client starts one network thread on a runner made for it alone, and a runner's
 * metadata calls tell the runner that made them to forget its node assignments. But the calls in
 * flight wait in one queue that every admin client of the process shares, so whichever network
 * thread polls a response runs the callback: thread 2 empties runner 1's plain map while thread 1
 * fills it. (The twin of traps/AdminRunnerMetadataCallsReportBackToTheirRunner, where each runner
 * keeps its calls in a queue of its own.)
 */
public class AdminRunnersShareOneResponseQueue {
  static final class NamedThread extends Thread {
    NamedThread(String name, Runnable task, boolean daemon) {
      super(task, name);
      setDaemon(daemon);
    }
  }

  abstract static class Call {
    final String name;

    Call(String name) {
      this.name = name;
    }

    abstract void handleResponse(String response);
  }

  private final Runner runner;
  private final Thread thread;
  private final BlockingQueue<Call> newCalls = new LinkedBlockingQueue<>();
  private static final BlockingQueue<Call> IN_FLIGHT = new LinkedBlockingQueue<>();

  public static AdminRunnersShareOneResponseQueue create(String clientId) {
    return new AdminRunnersShareOneResponseQueue(clientId);
  }

  private AdminRunnersShareOneResponseQueue(String clientId) {
    this.runner = new Runner();
    this.thread = new NamedThread("admin-client-" + clientId, runner, true);
    thread.start();
  }

  public void describeCluster() {
    newCalls.add(new Call("describeCluster") {
      @Override
      void handleResponse(String response) {
        System.out.println("cluster: " + response);
      }
    });
  }

  final class Runner implements Runnable {
    private final Map<String, String> nodeAssignments = new HashMap<>();
    private volatile boolean running = true;

    @Override
    public void run() {
      while (running) {
        Call next = newCalls.poll();
        if (next != null) {
          nodeAssignments.put(next.name, "node-0"); // expect: UnguardedMapAccess
          IN_FLIGHT.add(next);
        }
        if (nodeAssignments.isEmpty()) // expect: UnguardedMapAccess
          IN_FLIGHT.add(makeMetadataCall());
        handleResponses();
      }
    }

    private Call makeMetadataCall() {
      return new Call("fetchMetadata") {
        @Override
        void handleResponse(String response) {
          unassignUnsentCalls();
        }
      };
    }

    private void handleResponses() {
      Call call;
      while ((call = IN_FLIGHT.poll()) != null) {
        call.handleResponse("ok");
      }
    }

    private void unassignUnsentCalls() {
      for (Iterator<String> it = nodeAssignments.keySet().iterator(); it.hasNext(); ) { // expect: UnguardedMapAccess
        it.next();
        it.remove(); // expect: UnguardedMapAccess
      }
    }
  }
}
