import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Trap: a replication operation carries a batch of entries. The sender builds it from a map it
 * hands over and an I/O thread serialises it; the same I/O threads decode incoming operations,
 * each into a new object (made by the factory registered for its type), whose readExternal makes a fresh map and fills it before
 * anyone else holds the operation, and the partition thread then applies it. The puts in
 * readExternal and the writer's iteration never touch the same map. Modelled on backup
 * operations of an in-memory data grid.
 */
public class OperationRefilledOnlyWhenDecoded {
  public static final class PutAllBackup implements Externalizable {
    private Map<String, String> entries;
    private volatile boolean applied;

    public PutAllBackup() {}

    public PutAllBackup(Map<String, String> entries) {
      this.entries = entries;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
      out.writeInt(entries.size());
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
      int size = in.readInt();
      entries = new HashMap<>(size);
      for (int i = 0; i < size; i++) {
        entries.put(in.readUTF(), in.readUTF());
      }
    }

    void applyTo(Map<String, String> store) {
      store.putAll(entries);
      applied = true;
    }

    boolean applied() {
      return applied;
    }
  }

  /** I/O threads encode outgoing operations and decode incoming ones. */
  private final ExecutorService io = Executors.newFixedThreadPool(4);
  private final ExecutorService partitionThread = Executors.newSingleThreadExecutor();
  private final Map<String, String> backupStore = new HashMap<>();
  /** The codec makes each decoded object with the factory registered for its type id. */
  private final Map<Integer, Supplier<Externalizable>> factories = Map.of(1, PutAllBackup::new);

  public void replicate(Map<String, String> batch, ObjectOutput wire) {
    PutAllBackup op = new PutAllBackup(batch); // the caller hands the batch over
    io.execute(() -> send(op, wire));
  }

  private static void send(Externalizable op, ObjectOutput wire) {
    try {
      op.writeExternal(wire);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public void onReadable(ObjectInput in) {
    io.execute(() -> {
      try {
        Externalizable decoded = factories.get(in.readInt()).get();
        decoded.readExternal(in);
        PutAllBackup op = (PutAllBackup) decoded;
        partitionThread.execute(() -> op.applyTo(backupStore));
      } catch (IOException | ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
