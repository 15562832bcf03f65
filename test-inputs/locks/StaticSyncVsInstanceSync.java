import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: a static synchronized method locks the Class object, an instance synchronized method
 * locks this: two different monitors for one static map. Both sides are reported.
 */
@ThreadSafe
public class StaticSyncVsInstanceSync {
  private static final Map<String, Integer> INSTANCES_BY_TYPE = new HashMap<>();

  public static synchronized void registered(String type) {
    INSTANCES_BY_TYPE.merge(type, 1, Integer::sum); // expect: UnguardedMapAccess
  }

  public synchronized int count(String type) {
    return INSTANCES_BY_TYPE.getOrDefault(type, 0); // expect: UnguardedMapAccess
  }
}
