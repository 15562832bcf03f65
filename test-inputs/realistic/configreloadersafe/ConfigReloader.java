import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Reloads the configuration every 30 seconds on a scheduler thread. */
public class ConfigReloader {
  public interface Source {
    Map<String, String> read();
  }

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

  public ConfigReloader(ConfigHolder holder, Source source) {
    scheduler.scheduleWithFixedDelay(() -> holder.replace(source.read()), 0, 30, TimeUnit.SECONDS);
  }
}
