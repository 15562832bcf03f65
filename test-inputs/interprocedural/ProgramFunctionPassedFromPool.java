package interprocedural;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Bug: the twin of traps/ProgramFunctionRunsOnlyWhatItsCallerPasses in which the pool itself asks
// the accumulator, so the helper runs the accumulator's createNew on pool threads while the caller
// reads its counts.
public class ProgramFunctionPassedFromPool {
  @FunctionalInterface
  interface ConstructorFunction<K, V> {
    V createNew(K arg);
  }

  static <K, V> V getOrPutIfAbsent(ConcurrentMap<K, V> map, K key, ConstructorFunction<K, V> func) {
    V value = map.get(key);
    if (value == null) {
      value = func.createNew(key);
      V current = map.putIfAbsent(key, value);
      value = current == null ? value : current;
    }
    return value;
  }

  public static final class Accumulators implements ConstructorFunction<String, String> {
    private final Map<String, Integer> created = new HashMap<>();
    private final ConcurrentMap<String, String> cache = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @Override
    public String createNew(String key) {
      created.merge(key, 1, Integer::sum); // expect: UnguardedMapAccess
      return key.trim();
    }

    public void warmLater(String key) {
      pool.execute(() -> getOrPutIfAbsent(cache, key, this));
    }

    public int createdCount(String key) {
      return created.getOrDefault(key, 0); // expect: UnguardedMapAccess
    }
  }
}
