import java.util.HashMap;
import java.util.Map;

/**
 * Bug: four of the five accesses hold the monitor of this; size() forgot it. No thread is
 * started here (a library class), yet the locking says the map is shared.
 */
public class MostlySynchronized {
  private final Map<String, Integer> hits = new HashMap<>(); // guard: this

  public synchronized void hit(String page) {
    hits.merge(page, 1, Integer::sum);
  }

  public synchronized int hitsOf(String page) {
    return hits.getOrDefault(page, 0);
  }

  public synchronized void reset() {
    hits.clear();
  }

  public void forget(String page) {
    synchronized (this) {
      hits.remove(page);
    }
  }

  public int pages() {
    return hits.size(); // expect: InconsistentMapLocking
  }
}
