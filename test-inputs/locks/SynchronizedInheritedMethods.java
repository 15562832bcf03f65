import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: synchronized methods of a base class and of its subclass lock the same object (this),
 * so the protected map is guarded by one monitor.
 */
public class SynchronizedInheritedMethods {
  abstract static class BaseRepository {
    protected final Map<Long, String> rows = new HashMap<>();

    public synchronized String find(long id) {
      return rows.get(id);
    }
  }

  static final class UserRepository extends BaseRepository {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    public void saveAsync(long id, String name) {
      pool.execute(() -> save(id, name));
    }

    private synchronized void save(long id, String name) {
      rows.put(id, name);
    }
  }
}
