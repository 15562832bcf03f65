import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bug: the cluster service hands its lock to the join manager, but the membership manager is
 * made with a lock of its own ({@code new ReentrantLock()}). Each manager takes the lock it was
 * given around the joining-members map they share, so the heartbeat thread's removal and a
 * caller's join hold two different locks. (The twin of ClusterLockHandedToEveryManager.)
 */
public class ManagerGivenItsOwnLockByOneCaller {
  static final class JoinManager {
    private final Lock lock;
    final Map<String, Long> joiningMembers = new LinkedHashMap<>();

    JoinManager(Lock lock) {
      this.lock = lock;
    }

    void startJoin(String member) {
      lock.lock();
      try {
        joiningMembers.put(member, System.nanoTime()); // expect: UnguardedMapAccess
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
        joins.joiningMembers.values().removeIf(t -> t < deadline); // expect: UnguardedMapAccess
      } finally {
        clusterLock.unlock();
      }
    }
  }

  private final Lock clusterServiceLock = new ReentrantLock();
  private final JoinManager joinManager = new JoinManager(clusterServiceLock);
  private final MembershipManager membershipManager =
      new MembershipManager(joinManager, new ReentrantLock());
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
