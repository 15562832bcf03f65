import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Bug: a static map guarded by synchronized instance methods. Each task works on its own
 * Connection, so each locks a different object and the static map is written concurrently.
 */
public class SyncThisOnDifferentInstancesStaticMap {
  static final class Connection {
    private static final Map<String, Connection> OPEN = new HashMap<>();
    private final String id;

    Connection(String id) {
      this.id = id;
    }

    synchronized void open() {
      OPEN.put(id, this); // expect: UnguardedMapAccess
    }
  }

  public void openAll(List<String> ids, ExecutorService pool) {
    for (String id : ids) {
      pool.execute(() -> new Connection(id).open());
    }
  }
}
