import java.util.HashMap;
import java.util.Map;

/**
 * Bug (threshold edge): one of two accesses holds a lock. That is no evidence of a locking
 * discipline, so no guard is inferred (InconsistentMapLocking stays silent); but the class locks
 * its map when it writes it, so its objects are meant to be shared by client threads: the
 * unlocked read races with the locked write between two clients.
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
    return names.get(id); // expect: UnguardedMapAccess "on another client thread"
  }
}
