import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a named inner Runnable locks Outer.this explicitly, which is the same monitor as the
 * outer class's synchronized methods.
 */
public class SyncOuterThisFromInnerClass {
  private final Map<String, Integer> hits = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  private final class Recorder implements Runnable {
    private final String key;

    Recorder(String key) {
      this.key = key;
    }

    @Override
    public void run() {
      synchronized (SyncOuterThisFromInnerClass.this) {
        hits.merge(key, 1, Integer::sum);
      }
    }
  }

  public void recordAsync(String key) {
    pool.execute(new Recorder(key));
  }

  public synchronized int hits(String key) {
    return hits.getOrDefault(key, 0);
  }
}
