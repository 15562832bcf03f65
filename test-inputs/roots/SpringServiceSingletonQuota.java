import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Bug: a @Service bean is a singleton whose public methods are called by many request threads;
 * the check-then-act on the usage map is a race on the HashMap itself.
 */
@Service
public class SpringServiceSingletonQuota {
  private static final int LIMIT = 1000;
  private final Map<String, Integer> usedByTenant = new HashMap<>();

  public boolean tryConsume(String tenant) {
    int used = usedByTenant.getOrDefault(tenant, 0); // expect: UnguardedMapAccess
    if (used >= LIMIT) {
      return false;
    }
    usedByTenant.put(tenant, used + 1); // expect: UnguardedMapAccess
    return true;
  }
}
