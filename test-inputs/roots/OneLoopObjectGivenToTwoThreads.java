import java.util.HashMap;
import java.util.Map;

/**
 * Bug: a worker pool built by hand gives the same Worker object to two threads. Both run its
 * run() on the one object, so its HashMap of counts is written by two threads at once. Each
 * thread needs a Worker of its own (or the map a ConcurrentHashMap).
 */
public class OneLoopObjectGivenToTwoThreads {
  public static class NamedThread extends Thread {
    public NamedThread(String name, Runnable code) {
      super(code, name);
    }
  }

  static final class Worker implements Runnable {
    private final Map<String, Integer> counts = new HashMap<>();

    @Override
    public void run() {
      for (int i = 0; i < 1_000; i++) {
        counts.merge("k" + (i % 10), 1, Integer::sum); // expect: UnguardedMapAccess
      }
    }
  }

  public void start() {
    Worker worker = new Worker();
    for (int i = 0; i < 2; i++) {
      new NamedThread("worker-" + i, worker).start();
    }
  }
}
