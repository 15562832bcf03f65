import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Trap: each admin client starts one network thread on a runner made for it alone. The runner
 * makes its own metadata calls (anonymous subclasses of {@code Call}, so their enclosing instance
 * is the runner that made them), keeps them in its own queue, and when a response comes back the
 * call tells its runner to forget the nodes it had picked ({@code unassignUnsentCalls()}). Those
 * calls are reached through a plain {@code Call} variable, not through {@code this}, yet the
 * runner that runs their callback is the one that made them: every such call is made by code
 * running on the runner's own thread, on the runner itself. Client threads hand their calls over
 * through a blocking queue. Modelled on a message-broker admin client's network thread.
 */
public class AdminRunnerMetadataCallsReportBackToTheirRunner {
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

  public static AdminRunnerMetadataCallsReportBackToTheirRunner create(String clientId) {
    return new AdminRunnerMetadataCallsReportBackToTheirRunner(clientId);
  }

  private AdminRunnerMetadataCallsReportBackToTheirRunner(String clientId) {
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
    private final Queue<Call> inFlight = new ArrayDeque<>();
    private volatile boolean running = true;

    @Override
    public void run() {
      while (running) {
        Call next = newCalls.poll();
        if (next != null) {
          nodeAssignments.put(next.name, "node-0");
          inFlight.add(next);
        }
        if (nodeAssignments.isEmpty()) inFlight.add(makeMetadataCall());
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
      while ((call = inFlight.poll()) != null) {
        call.handleResponse("ok");
      }
    }

    private void unassignUnsentCalls() {
      for (Iterator<String> it = nodeAssignments.keySet().iterator(); it.hasNext(); ) {
        it.next();
        it.remove();
      }
    }
  }
}
