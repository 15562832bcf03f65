import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Bug: the refresher replaces the map in a plain field that request threads read. */
public class SettingsRefresher {
  private Map<String, String> settings = new HashMap<>();
  private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();

  public void start() {
    refresher.scheduleWithFixedDelay(() -> {
      Map<String, String> fresh = new HashMap<>();
      fresh.put("mode", "fast");
      settings = fresh; // expect: UnsafeMapPublication
    }, 0, 30, TimeUnit.SECONDS);
  }

  public String get(String key) {
    return settings.get(key);
  }
}
