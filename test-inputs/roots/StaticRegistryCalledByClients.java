import java.util.HashMap;
import java.util.Map;

/**
 * Bug: a static registry (the shape of DBCP-369's InstanceKeyObjectFactory.instanceMap) that locks
 * only some of its accesses. Every client of the API shares a static map, and clients call
 * lookup() and remove() from their own threads while another registers: no thread is started here,
 * the callers' threads are the concurrency.
 */
public final class StaticRegistryCalledByClients {
  private static final Map<String, Object> INSTANCES = new HashMap<>();

  private StaticRegistryCalledByClients() {
  }

  public static synchronized void register(String name, Object instance) {
    INSTANCES.put(name, instance);
  }

  public static Object lookup(String name) {
    return INSTANCES.get(name); // expect: UnguardedMapAccess
  }

  public static void remove(String name) {
    INSTANCES.remove(name); // expect: UnguardedMapAccess
  }
}
