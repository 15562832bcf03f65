import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.util.HashMap;
import java.util.Map;

/**
 * Trap: the unguarded read in describe() is deliberate and already silenced for Error Prone
 * (@SuppressWarnings("GuardedBy")) and the Checker Framework ("GuardedByChecker"); a user who
 * silenced the same check of the same annotation there means MapGuard's too.
 */
public class GuardedBySuppressedForOtherCheckers {
  private final Object lock = new Object();

  @GuardedBy("lock")
  private final Map<String, String> labels = new HashMap<>();

  public void label(String key, String value) {
    synchronized (lock) {
      labels.put(key, value);
    }
  }

  @SuppressWarnings("GuardedBy")
  public String describe() {
    return "labels=" + labels.size();
  }

  @SuppressWarnings("GuardedByChecker")
  public boolean isEmpty() {
    return labels.isEmpty();
  }

  public String lookup(String key) {
    return labels.get(key); // expect: GuardedByViolation
  }
}
