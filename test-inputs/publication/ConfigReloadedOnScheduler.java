import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: a config reloader builds a new map and assigns it to a plain (non-volatile) field on the
 * scheduler thread; readers on other threads may never see it, or see it half-built.
 */
public class ConfigReloadedOnScheduler {
  private Map<String, String> settings = new HashMap<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final ConfigSource source;

  public ConfigReloadedOnScheduler(ConfigSource source) {
    this.source = source;
    scheduler.scheduleWithFixedDelay(this::reload, 0, 30, TimeUnit.SECONDS);
  }

  private void reload() {
    Map<String, String> fresh = new HashMap<>(source.read());
    settings = fresh; // expect: UnsafeMapPublication
  }

  public String get(String key) {
    return settings.get(key);
  }

  public interface ConfigSource {
    Map<String, String> read();
  }
}
