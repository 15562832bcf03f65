import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Bug: an IdentityHashMap is no more thread-safe than a HashMap; a singleton service tracks
 * leased connections in one from many request threads.
 */
@Service
public class IdentityHashMapInService {
  private final Map<Object, Long> leasedAt = new IdentityHashMap<>();

  public void lease(Object connection) {
    leasedAt.put(connection, System.nanoTime()); // expect: UnguardedMapAccess
  }

  public void release(Object connection) {
    leasedAt.remove(connection); // expect: UnguardedMapAccess
  }

  public int leased() {
    return leasedAt.size(); // expect: UnguardedMapAccess
  }
}
