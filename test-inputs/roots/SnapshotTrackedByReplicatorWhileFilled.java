import java.util.HashMap;
import java.util.Map;

/**
 * Bug: the replication thread keeps the last snapshot it was given in a field typed by the
 * interface {@code Snapshot}, and serializes it over and over; the caller hands it a query result
 * and goes on adding rows to it. A field of the interface type can hold any implementation, so
 * every snapshot class is shared with the thread. (The twin of
 * traps/SerializableMarkerSharesNoSiblings, where the thread holds only its own replica state.)
 */
public class SnapshotTrackedByReplicatorWhileFilled {
  interface Snapshot {
    void writeTo(StringBuilder out);
  }

  static final class QueryResult implements Snapshot {
    private final Map<String, Object> rows = new HashMap<>();

    void add(String key, Object row) {
      rows.put(key, row); // expect: UnguardedMapAccess
    }

    @Override
    public void writeTo(StringBuilder out) {
      for (Map.Entry<String, Object> e : rows.entrySet()) { // expect: UnguardedMapAccess
        out.append(e.getKey()).append('=').append(e.getValue()).append(';');
      }
    }
  }

  static final class Replicator extends Thread {
    private volatile Snapshot tracked;
    private volatile boolean running = true;

    void track(Snapshot s) {
      tracked = s;
    }

    @Override
    public void run() {
      while (running) {
        Snapshot s = tracked;
        if (s != null) {
          StringBuilder out = new StringBuilder();
          s.writeTo(out);
          System.out.println(out);
        }
      }
    }
  }

  private final Replicator replicator = new Replicator();

  public void start() {
    replicator.start();
  }

  public void query(Map<String, Object> table) {
    QueryResult result = new QueryResult();
    replicator.track(result);
    for (Map.Entry<String, Object> e : table.entrySet()) {
      result.add(e.getKey(), e.getValue());
    }
  }
}
