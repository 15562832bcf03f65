import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.lock.qual.GuardedBy;

/**
 * Bug: the map is declared guarded by lock (org.checkerframework.checker.lock.qual.GuardedBy); services() reads it without the
 * lock. Reported whether or not a thread is started: the annotation says the map is shared.
 */
public class GuardedByCheckerFramework {
  private final Object lock = new Object();
  @GuardedBy("lock")
  private final Map<String, Integer> ports = new HashMap<>();

  public void bind(String service, int port) {
    synchronized (lock) {
      ports.put(service, port);
    }
  }

  public int portOf(String service) {
    synchronized (lock) {
      return ports.getOrDefault(service, -1);
    }
  }

  public int services() {
    return ports.size(); // expect: GuardedByViolation
  }
}
