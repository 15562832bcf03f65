import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Trap: every form of lock expression MapGuard reads, each held where the map is used: nothing
 * is reported. (A wrong form would be reported at its annotation.)
 */
public class DeclaredLockForms {
  private final Holder holder = new Holder();
  private final ReentrantLock lock = new ReentrantLock();
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

  @GuardedBy("this") private final Map<String, Integer> a = new HashMap<>();
  @GuardedBy("lock") private final Map<String, Integer> b = new HashMap<>();
  @GuardedBy("this.lock") private final Map<String, Integer> c = new HashMap<>();
  @GuardedBy("holder.mutex") private final Map<String, Integer> d = new HashMap<>();
  @GuardedBy("DeclaredLockForms.class") private static final Map<String, Integer> E = new HashMap<>();
  @GuardedBy("Holder.SHARED") private final Map<String, Integer> f = new HashMap<>();
  @GuardedBy("itself") private final Map<String, Integer> g = new HashMap<>();
  @GuardedBy("lock()") private final Map<String, Integer> h = new HashMap<>();
  @GuardedBy("rw") private final Map<String, Integer> i = new HashMap<>();
  @GuardedBy("rw.writeLock()") private final Map<String, Integer> j = new HashMap<>();

  private ReentrantLock lock() {
    return lock;
  }

  public synchronized void useThis() {
    a.put("x", 1);
  }

  public void useLock() {
    lock.lock();
    try {
      b.put("x", 1);
      c.put("x", 1);
    } finally {
      lock.unlock();
    }
  }

  public void usePath() {
    synchronized (holder.mutex) {
      d.put("x", 1);
    }
  }

  public static synchronized void useClass() {
    E.put("x", 1);
  }

  public void useStatic() {
    synchronized (Holder.SHARED) {
      f.put("x", 1);
    }
  }

  public void useItself() {
    synchronized (g) {
      g.put("x", 1);
    }
  }

  public void useMethod() {
    lock().lock();
    try {
      h.put("x", 1);
    } finally {
      lock().unlock();
    }
  }

  public int readWrite() {
    rw.readLock().lock();
    try {
      return i.size();
    } finally {
      rw.readLock().unlock();
    }
  }

  public void write() {
    rw.writeLock().lock();
    try {
      i.put("x", 1);
      j.put("x", 1);
    } finally {
      rw.writeLock().unlock();
    }
  }

  /** Holds locks of its own. */
  static final class Holder {
    static final Object SHARED = new Object();
    final Object mutex = new Object();
  }
}
