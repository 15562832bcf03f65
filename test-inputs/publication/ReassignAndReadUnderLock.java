import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: the field is replaced and read only while holding the same monitor, so the lock both
 * orders and publishes the new map.
 */
public class ReassignAndReadUnderLock {
  private Map<String, Integer> quotas = new HashMap<>();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);

  public void start(QuotaSource source) {
    scheduler.scheduleAtFixedRate(() -> replace(source.load()), 0, 1, TimeUnit.MINUTES);
  }

  private synchronized void replace(Map<String, Integer> fresh) {
    quotas = new HashMap<>(fresh);
  }

  public synchronized int quota(String user) {
    return quotas.getOrDefault(user, 0);
  }

  public interface QuotaSource {
    Map<String, Integer> load();
  }
}
