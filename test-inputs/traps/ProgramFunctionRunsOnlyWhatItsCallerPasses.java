package traps;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Trap: a get-or-create helper takes the program's own functional interface and runs it in place.
// The logging service passes a constructor reference kept in a field; an accumulator class also
// implements the interface and passes itself. The pool only ever creates loggers, so the
// accumulator's counts are never touched by the pool: the helper runs, for each caller, the code
// that caller passes, not every implementation of the interface (Hazelcast's
// ConcurrencyUtil.getOrPutIfAbsent with ConstructorFunction).
public class ProgramFunctionRunsOnlyWhatItsCallerPasses {
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

  static final class Logging {
    private final ConcurrentMap<String, StringBuilder> loggers = new ConcurrentHashMap<>();
    private final ConstructorFunction<String, StringBuilder> loggerConstructor = StringBuilder::new;

    StringBuilder getLogger(String name) {
      return getOrPutIfAbsent(loggers, name, loggerConstructor);
    }
  }

  public static final class Accumulators implements ConstructorFunction<String, String> {
    private final Map<String, Integer> created = new HashMap<>();
    private final ConcurrentMap<String, String> cache = new ConcurrentHashMap<>();

    @Override
    public String createNew(String key) {
      created.merge(key, 1, Integer::sum);
      return key.trim();
    }

    public String get(String key) {
      return getOrPutIfAbsent(cache, key, this);
    }

    public int createdCount(String key) {
      return created.getOrDefault(key, 0);
    }
  }

  private final Logging logging = new Logging();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void logLater(String name, String line) {
    pool.execute(() -> logging.getLogger(name).append(line));
  }
}
