import java.util.HashMap;
import java.util.Map;
import net.jcip.annotations.ThreadSafe;

/**
 * Bug: a net.jcip @ThreadSafe registry whose package-private register method writes the map
 * without a lock; lookups (public) race with it.
 */
@ThreadSafe
public class JcipThreadSafeRegistry {
  private final Map<String, Class<?>> handlers = new HashMap<>();

  void register(String command, Class<?> handler) {
    handlers.put(command, handler); // expect: UnguardedMapAccess
  }

  public Class<?> handlerFor(String command) {
    return handlers.get(command); // expect: UnguardedMapAccess
  }
}
