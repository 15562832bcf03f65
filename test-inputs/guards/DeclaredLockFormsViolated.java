import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Bug: each form of lock expression, with the map used while holding some other lock than the
 * one its annotation names (or only the read half of a read/write lock for a write): each
 * access is reported, so each form resolves to its own lock and no other.
 */
public class DeclaredLockFormsViolated {
  private final Holder holder = new Holder();
  private final ReentrantLock lock = new ReentrantLock();
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

  @GuardedBy("this") private final Map<String, Integer> a = new HashMap<>();
  @GuardedBy("holder.mutex") private final Map<String, Integer> d = new HashMap<>();
  @GuardedBy("DeclaredLockFormsViolated.class") private static final Map<String, Integer> E = new HashMap<>();
  @GuardedBy("Holder.SHARED") private final Map<String, Integer> f = new HashMap<>();
  @GuardedBy("itself") private final Map<String, Integer> g = new HashMap<>();
  @GuardedBy("lock") private final Map<String, Integer> h = new HashMap<>();
  @GuardedBy("rw") private final Map<String, Integer> i = new HashMap<>();

  public void wrongLocks() {
    synchronized (holder) {
      a.put("x", 1); // expect: GuardedByViolation
      d.put("x", 1); // expect: GuardedByViolation
      E.put("x", 1); // expect: GuardedByViolation
      f.put("x", 1); // expect: GuardedByViolation
      g.put("x", 1); // expect: GuardedByViolation
      h.put("x", 1); // expect: GuardedByViolation
    }
  }

  public void writeUnderReadLock() {
    rw.readLock().lock();
    try {
      i.put("x", 1); // expect: GuardedByViolation
    } finally {
      rw.readLock().unlock();
    }
  }

  /** Holds locks of its own. */
  static final class Holder {
    static final Object SHARED = new Object();
    final Object mutex = new Object();
  }
}
