import java.util.Map;
import java.util.WeakHashMap;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: a WeakHashMap whose every access, reads included, is inside synchronized methods.
 */
@ThreadSafe
public class WeakHashMapAllSynchronized {
  private final Map<Object, String> names = new WeakHashMap<>();

  public synchronized void name(Object o, String name) {
    names.put(o, name);
  }

  public synchronized String nameOf(Object o) {
    return names.get(o);
  }

  public synchronized int size() {
    return names.size();
  }
}
