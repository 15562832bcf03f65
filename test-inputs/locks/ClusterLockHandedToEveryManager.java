import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trap: the cluster service makes one lock and hands it to the constructor of each manager it
 * creates; each manager keeps it in a field of its own and takes it around every use of the
 * joining-members map it shares with the others. The join manager's field and the membership
 * manager's field are two names for the one lock, so the heartbeat thread's removal and a
 * caller's join never overlap. Modelled on a data grid's cluster service.
 */
public class ClusterLockHandedToEveryManager {
  static final class JoinManager {
    private final Lock lock;
    final Map<String, Long> joiningMembers = new LinkedHashMap<>();

    JoinManager(Lock lock) {
      this.lock = lock;
    }

    void startJoin(String member) {
      lock.lock();
      try {
        joiningMembers.put(member, System.nanoTime());
      } finally {
        lock.unlock();
      }
    }
  }

  static final class MembershipManager {
    private final Lock clusterLock;
    private final JoinManager joins;

    MembershipManager(JoinManager joins, Lock clusterLock) {
      this.joins = joins;
      this.clusterLock = clusterLock;
    }

    void removeStaleJoins(long deadline) {
      clusterLock.lock();
      try {
        joins.joiningMembers.values().removeIf(t -> t < deadline);
      } finally {
        clusterLock.unlock();
      }
    }
  }

  private final Lock clusterServiceLock = new ReentrantLock();
  private final JoinManager joinManager = new JoinManager(clusterServiceLock);
  private final MembershipManager membershipManager =
      new MembershipManager(joinManager, clusterServiceLock);
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();

  public void start() {
    heartbeat.scheduleAtFixedRate(
        () -> membershipManager.removeStaleJoins(System.nanoTime() - 60_000_000_000L),
        1, 1, TimeUnit.SECONDS);
  }

  public void join(String member) {
    joinManager.startJoin(member);
  }
}
