import java.util.HashMap;
import java.util.Map;
import com.google.errorprone.annotations.concurrent.GuardedBy;

/**
 * Bug: the map is declared guarded by lock (com.google.errorprone.annotations.concurrent.GuardedBy); services() reads it without the
 * lock. Reported whether or not a thread is started: the annotation says the map is shared.
 */
public class GuardedByErrorProne {
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
