import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Bug: a replication operation submits itself to the partition's executor from its constructor and
 * only then makes its state holder and has it copy the partition's versions. The partition thread
 * may already run the operation, applying versions the constructor is still writing; and the
 * operations of several calls merge into the one replica on an executor that may run them at once.
 * (The twin of
 * traps/ReplicationStateFilledBeforeTheOperationIsSent, whose operation is handed over once built.)
 */
public class OperationSubmittedBeforeItsStateIsCopied {
  static final class StateHolder {
    private ReplicationOperation operation;
    private final Map<String, Long> versions = new HashMap<>();

    void setOperation(ReplicationOperation operation) {
      this.operation = operation;
    }

    void prepare(Map<String, Long> partition) {
      for (Map.Entry<String, Long> e : partition.entrySet()) {
        versions.put(e.getKey(), e.getValue()); // expect: UnguardedMapAccess
      }
    }

    void applyTo(Map<String, Long> replica) {
      for (Map.Entry<String, Long> e : versions.entrySet()) { // expect: UnguardedMapAccess
        replica.merge(e.getKey(), e.getValue(), Math::max); // expect: UnguardedMapAccess
      }
    }
  }

  static final class ReplicationOperation implements Runnable {
    private final StateHolder holder;
    private final Map<String, Long> replica;

    ReplicationOperation(Map<String, Long> partition, Map<String, Long> replica, Executor partitionThread) {
      this.replica = replica;
      partitionThread.execute(this);
      this.holder = new StateHolder();
      this.holder.setOperation(this);
      this.holder.prepare(partition);
    }

    @Override
    public void run() {
      holder.applyTo(replica);
    }
  }

  private final Map<String, Long> replica = new HashMap<>();

  public void replicate(Map<String, Long> partitionSnapshot, Executor partitionThread) {
    new ReplicationOperation(partitionSnapshot, replica, partitionThread);
  }
}
