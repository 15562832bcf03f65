import java.util.HashMap;
import java.util.Map;

/**
 * Trap: a replication thread keeps its own replica state, a class that (like every message of the
 * program) implements the marker interface {@code Snapshot}. The thread serializes it through a
 * codec that takes any {@code Snapshot}, so the call graph also reaches a query result's
 * {@code writeTo}. But the query results are filled and serialized by the caller's thread alone:
 * that the replica state is shared with the replication thread says nothing about other classes
 * that happen to implement the same interface. Modelled on a data grid whose serializable messages
 * share one {@code DataSerializable} interface.
 */
public class SerializableMarkerSharesNoSiblings {
  interface Snapshot {
    void writeTo(StringBuilder out);
  }

  static final class Codec {
    static String write(Snapshot s) {
      StringBuilder out = new StringBuilder();
      s.writeTo(out);
      return out.toString();
    }
  }

  static class ReplicaState implements Snapshot {
    private volatile long version;

    void advance() {
      version++;
    }

    @Override
    public void writeTo(StringBuilder out) {
      out.append(version);
    }
  }

  static final class QueryResult implements Snapshot {
    private final Map<String, Object> rows = new HashMap<>();

    void add(String key, Object row) {
      rows.put(key, row);
    }

    @Override
    public void writeTo(StringBuilder out) {
      for (Map.Entry<String, Object> e : rows.entrySet()) {
        out.append(e.getKey()).append('=').append(e.getValue()).append(';');
      }
    }
  }

  static final class Replicator extends Thread {
    private final ReplicaState state = new ReplicaState();
    private volatile boolean running = true;

    @Override
    public void run() {
      while (running) {
        state.advance();
        send(Codec.write(state));
      }
    }

    void shutdown() {
      running = false;
    }

    private void send(String message) {
      System.out.println(message);
    }
  }

  /** A member of the grid runs its replicator thread. */
  public static final class Member {
    private final Replicator replicator = new Replicator();

    public void start() {
      replicator.start();
    }

    public void stop() {
      replicator.shutdown();
    }
  }

  /** The console an operator queries a member with, on the operator's own thread. */
  public static final class Console {
    private final QueryResult lastQuery = new QueryResult();

    public void record(String key, Object row) {
      lastQuery.add(key, row);
    }

    public String lastQueryAsText() {
      return Codec.write(lastQuery);
    }
  }
}
