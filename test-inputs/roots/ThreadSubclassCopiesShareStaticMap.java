import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Bug: the twin of traps/ThreadSubclassCopiesOwnTheirMaps whose workers count requests in one
 * static HashMap: every started worker writes the same map at the same time.
 */
public class ThreadSubclassCopiesShareStaticMap {
  static final class CountingWorker extends Thread {
    private static final Map<String, Integer> COUNTS = new HashMap<>();
    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();

    void submit(String request) {
      inbox.add(request);
    }

    @Override
    public void run() {
      try {
        while (!isInterrupted()) {
          String request = inbox.take();
          COUNTS.merge(request, 1, Integer::sum); // expect: UnguardedMapAccess
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final List<CountingWorker> workers = new ArrayList<>();

  public ThreadSubclassCopiesShareStaticMap(int count) {
    for (int i = 0; i < count; i++) workers.add(new CountingWorker());
  }

  public void startAll() {
    for (CountingWorker w : workers) w.start();
  }

  public void submit(String request) {
    workers.get(Math.floorMod(request.hashCode(), workers.size())).submit(request);
  }
}
