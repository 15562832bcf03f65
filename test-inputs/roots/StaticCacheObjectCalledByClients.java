import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bug: a parser keeps one cache object in a static field (the shape of Tomcat BZ 50078, whose
 * ExpressionBuilder shared a ConcurrentCache): every client thread that parses goes through the
 * same cache, whose overflow map is a plain HashMap read and filled without a lock.
 */
public final class StaticCacheObjectCalledByClients {
  static final class TwoLevelCache {
    private final Map<String, Integer> recent = new ConcurrentHashMap<>();
    private final Map<String, Integer> older = new HashMap<>();

    Integer get(String key) {
      Integer v = recent.get(key);
      return v != null ? v : older.get(key); // expect: UnguardedMapAccess
    }

    void put(String key, Integer value) {
      if (recent.size() > 100) {
        older.putAll(recent); // expect: UnguardedMapAccess
        recent.clear();
      }
      recent.put(key, value);
    }
  }

  private static final TwoLevelCache CACHE = new TwoLevelCache();

  private StaticCacheObjectCalledByClients() {
  }

  public static int parse(String expression) {
    Integer known = CACHE.get(expression);
    if (known != null) return known;
    int parsed = expression.length();
    CACHE.put(expression, parsed);
    return parsed;
  }
}
