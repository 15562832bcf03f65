import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.NotThreadSafe;

/**
 * Trap: the class says it is used by one thread at a time; its occasional lock is no evidence of
 * sharing, so the unlocked access is not reported.
 */
@NotThreadSafe
public class NotThreadSafeClassIsConfined {
  private final Map<Integer, String> rows = new HashMap<>(); // guard: none

  public synchronized void put(int id, String row) {
    rows.put(id, row);
  }

  public synchronized String get(int id) {
    return rows.get(id);
  }

  public synchronized void remove(int id) {
    rows.remove(id);
  }

  public int size() {
    return rows.size();
  }
}
