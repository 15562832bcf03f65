import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Bug: synchronized (new Object()) locks a fresh object on every call, so it excludes nothing:
 * concurrent calls of the singleton bean's method still race.
 */
@Service
public class SynchronizedOnNewObject {
  private final Map<String, Integer> attempts = new HashMap<>();

  public int recordAttempt(String user) {
    synchronized (new Object()) {
      return attempts.merge(user, 1, Integer::sum); // expect: UnguardedMapAccess
    }
  }
}
