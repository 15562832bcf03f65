import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trap: each map is always used under one lock, written in each form a lock expression can take
 * (this, Outer.this, a class literal, a static field of another class, the map itself, a monitor
 * returned by a method; a lock field is in HelperOnlyCalledUnderLock). A guard is inferred for
 * each, nothing is reported.
 */
public class InferredLockForms {
  private final Map<String, Integer> byThis = new HashMap<>(); // guard: this
  private final Map<String, Integer> byItself = new TreeMap<>(); // guard: byItself
  private static final Map<String, Integer> BY_CLASS = new HashMap<>(); // guard: InferredLockForms.class
  private final Object monitor = new Object();
  private final Map<String, Integer> byMethod = new HashMap<>(); // guard: monitor()

  public synchronized void putThis(String k) {
    byThis.put(k, 1);
  }

  public synchronized int getThis(String k) {
    return byThis.getOrDefault(k, 0);
  }

  public void putItself(String k) {
    synchronized (byItself) {
      byItself.put(k, 1);
    }
  }

  public int getItself(String k) {
    synchronized (byItself) {
      return byItself.getOrDefault(k, 0);
    }
  }

  public static synchronized void putClass(String k) {
    BY_CLASS.put(k, 1);
  }

  public static int getClass(String k) {
    synchronized (InferredLockForms.class) {
      return BY_CLASS.getOrDefault(k, 0);
    }
  }

  private Object monitor() {
    return monitor;
  }

  public void putMethod(String k) {
    synchronized (monitor()) {
      byMethod.put(k, 1);
    }
  }

  public int getMethod(String k) {
    synchronized (monitor()) {
      return byMethod.getOrDefault(k, 0);
    }
  }

  /** An inner class whose map is guarded by the outer instance. */
  public class Inner {
    private final Map<String, Integer> byOuter = new HashMap<>(); // guard: InferredLockForms.this

    public void put(String k) {
      synchronized (InferredLockForms.this) {
        byOuter.put(k, 1);
      }
    }

    public int get(String k) {
      synchronized (InferredLockForms.this) {
        return byOuter.getOrDefault(k, 0);
      }
    }
  }
}

/** Locks shared by several classes. */
final class GlobalLocks {
  static final Object REGISTRY = new Object();

  private GlobalLocks() {}
}

/** A map guarded by a static lock field of another class. */
class StaticFieldElsewhere {
  private final Map<String, String> entries = new HashMap<>(); // guard: GlobalLocks.REGISTRY

  void register(String k, String v) {
    synchronized (GlobalLocks.REGISTRY) {
      entries.put(k, v);
    }
  }

  String lookup(String k) {
    synchronized (GlobalLocks.REGISTRY) {
      return entries.get(k);
    }
  }
}
