import java.util.HashMap;
import java.util.Map;

/**
 * Bug: record() is called by log() under the lock and by quickLog() without it. Its access
 * counts both ways (guarded through log, unguarded through quickLog), and the finding shows the
 * path without the lock.
 */
public class MixedCallers {
  private final Map<String, Integer> counts = new HashMap<>(); // guard: this

  public synchronized void log(String event) {
    record(event);
  }

  public void quickLog(String event) {
    record(event);
  }

  public synchronized int count(String event) {
    return counts.getOrDefault(event, 0);
  }

  public synchronized void clear() {
    counts.clear();
  }

  public synchronized int distinct() {
    return counts.size();
  }

  private void record(String event) {
    counts.merge(event, 1, Integer::sum); // expect: InconsistentMapLocking
  }
}
