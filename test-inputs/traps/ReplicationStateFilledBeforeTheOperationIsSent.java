import java.io.DataInput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a replication operation makes its state holder in its constructor, gives the holder a back
 * reference to itself, and has it copy the partition's versions into maps of its own, all before
 * the operation exists for anyone else; only then is the operation handed to the partition thread,
 * which applies the copied state. Handing {@code this} to the holder it has just made is no
 * registration with the outside world, and the holder field, though a deserialised operation reads
 * its holder from the stream instead, holds the new holder while the constructor fills it.
 * Modelled on a data grid's map replication operation and its state holders.
 */
public class ReplicationStateFilledBeforeTheOperationIsSent {
  static final class StateHolder {
    private ReplicationOperation operation;
    private Map<String, Long> versions;

    void setOperation(ReplicationOperation operation) {
      this.operation = operation;
    }

    void prepare(Map<String, Long> partition) {
      versions = new HashMap<>();
      for (Map.Entry<String, Long> e : partition.entrySet()) {
        versions.put(e.getKey(), e.getValue());
      }
    }

    void applyTo(Map<String, Long> replica) {
      for (Map.Entry<String, Long> e : versions.entrySet()) {
        replica.merge(e.getKey(), e.getValue(), Math::max);
      }
    }

    static StateHolder read(DataInput in) throws IOException {
      StateHolder h = new StateHolder();
      h.versions = new HashMap<>();
      for (int n = in.readInt(); n > 0; n--) h.versions.put(in.readUTF(), in.readLong());
      return h;
    }
  }

  static final class ReplicationOperation implements Runnable {
    protected StateHolder holder;
    private final Map<String, Long> replica;

    ReplicationOperation(Map<String, Long> partition, Map<String, Long> replica) {
      this.replica = replica;
      this.holder = new StateHolder();
      this.holder.setOperation(this);
      this.holder.prepare(partition);
    }

    void readFrom(DataInput in) throws IOException {
      holder = StateHolder.read(in);
      holder.setOperation(this);
    }

    @Override
    public void run() {
      holder.applyTo(replica);
    }
  }

  private final ExecutorService partitionThread = Executors.newSingleThreadExecutor();
  private final Map<String, Long> replica = new HashMap<>();

  public void replicate(Map<String, Long> partitionSnapshot) {
    partitionThread.execute(new ReplicationOperation(partitionSnapshot, replica));
  }
}
