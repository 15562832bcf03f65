import java.util.HashMap;
import java.util.Map;

/**
 * Trap: a Thread subclass with its own map that only its run() uses; each thread object is new, so
 * the map is confined to that thread.
 */
public class ThreadSubclassOwnMapConfined {
  static final class DedupWorker extends Thread {
    private final Map<String, Boolean> seen = new HashMap<>();
    private final Iterable<String> input;

    DedupWorker(Iterable<String> input) {
      this.input = input;
    }

    @Override
    public void run() {
      for (String s : input) {
        if (seen.putIfAbsent(s, Boolean.TRUE) == null) {
          System.out.println(s);
        }
      }
    }
  }

  public void dedupAll(Iterable<Iterable<String>> streams) {
    for (Iterable<String> s : streams) {
      new DedupWorker(s).start();
    }
  }
}
