import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of HelperLocksTheMapItIsPassed whose helper copies its map parameter without
 * locking it: the registration thread's copy races with option()'s locked writes.
 */
public class HelperCopiesThePassedMapWithoutLock {
  private final Map<String, Object> options = new LinkedHashMap<>();
  private final ExecutorService loop = Executors.newSingleThreadExecutor();

  public HelperCopiesThePassedMapWithoutLock option(String key, Object value) {
    synchronized (options) {
      options.put(key, value);
    }
    return this;
  }

  public void register() {
    loop.execute(() -> apply(snapshot(options)));
  }

  static Map<String, Object> snapshot(Map<String, Object> map) {
    return new LinkedHashMap<>(map); // expect: UnguardedMapAccess
  }

  private void apply(Map<String, Object> copy) {
    copy.forEach((k, v) -> System.out.println(k + "=" + v));
  }
}
