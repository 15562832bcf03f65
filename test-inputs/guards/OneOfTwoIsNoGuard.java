import java.util.HashMap;
import java.util.Map;

/**
 * Trap (threshold edge): one of two accesses holds a lock. That is no evidence of a locking
 * discipline, so no guard is inferred and nothing is reported.
 */
public class OneOfTwoIsNoGuard {
  private final Map<String, String> names = new HashMap<>(); // guard: none
  private final Object lock = new Object();

  public void rename(String id, String name) {
    synchronized (lock) {
      names.put(id, name);
    }
  }

  public String nameOf(String id) {
    return names.get(id);
  }
}
