import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the settings object is filled before it is returned (that part is safe), but a pool task
 * keeps adding to the shared instance afterwards while the calling thread reads it.
 */
public class ReturnedThenMutated {
  static final class Settings {
    private final Map<String, String> values = new HashMap<>();

    void set(String key, String value) {
      values.put(key, value); // expect: UnguardedMapAccess
    }

    String get(String key) {
      return values.get(key); // expect: UnguardedMapAccess
    }
  }

  private final Settings current = defaults();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  static Settings defaults() {
    Settings s = new Settings();
    s.set("mode", "fast");
    return s;
  }

  public void override(String key, String value) {
    pool.execute(() -> current.set(key, value));
  }

  public String mode() {
    return current.get("mode");
  }
}
