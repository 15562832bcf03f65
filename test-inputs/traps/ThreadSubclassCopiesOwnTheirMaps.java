import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Trap: a pipeline starts several workers, each a Thread subclass that batches requests in a
 * HashMap of its own. The workers run the same run() at once, but each on its own Thread object
 * (a thread can be started only once), so no two threads share a batch map. Requests reach a
 * worker through a BlockingQueue.
 */
public class ThreadSubclassCopiesOwnTheirMaps {
  static final class BatchWorker extends Thread {
    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    private final Map<String, List<String>> batches = new HashMap<>();

    BatchWorker(String name) {
      super(name);
    }

    void submit(String request) {
      inbox.add(request);
    }

    @Override
    public void run() {
      try {
        while (!isInterrupted()) {
          String request = inbox.take();
          batches.computeIfAbsent(keyOf(request), k -> new ArrayList<>()).add(request);
          if (batches.size() > 100) flush();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void flush() {
      for (List<String> batch : batches.values()) {
        System.out.println(getName() + " " + batch.size());
      }
      batches.clear();
    }

    private static String keyOf(String request) {
      int colon = request.indexOf(':');
      return colon < 0 ? request : request.substring(0, colon);
    }
  }

  private final List<BatchWorker> workers = new ArrayList<>();

  public ThreadSubclassCopiesOwnTheirMaps(int count) {
    for (int i = 0; i < count; i++) workers.add(new BatchWorker("batch-" + i));
  }

  public void startAll() {
    for (BatchWorker w : workers) w.start();
  }

  public void submit(String request) {
    workers.get(Math.floorMod(request.hashCode(), workers.size())).submit(request);
  }
}
