import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: option() locks the options map itself, and the registration thread copies it through a
 * helper that locks its map parameter (the shape of Netty's AbstractBootstrap.newOptionsArray):
 * the caller passes that same field, so both sides hold the same lock.
 */
public class HelperLocksTheMapItIsPassed {
  private final Map<String, Object> options = new LinkedHashMap<>();
  private final ExecutorService loop = Executors.newSingleThreadExecutor();

  public HelperLocksTheMapItIsPassed option(String key, Object value) {
    synchronized (options) {
      if (value == null) {
        options.remove(key);
      } else {
        options.put(key, value);
      }
    }
    return this;
  }

  public void register() {
    loop.execute(() -> apply(snapshot(options)));
  }

  static Map<String, Object> snapshot(Map<String, Object> map) {
    synchronized (map) {
      return new LinkedHashMap<>(map);
    }
  }

  private void apply(Map<String, Object> copy) {
    copy.forEach((k, v) -> System.out.println(k + "=" + v));
  }
}
