import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: a resolver cache refreshed with scheduleWithFixedDelay on the scheduler thread; lookups
 * on the caller's thread add missing hosts. Both sides write.
 */
public class ScheduleWithFixedDelayDnsCache {
  private final Map<String, String> addresses = new HashMap<>();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private final Resolver resolver;

  public ScheduleWithFixedDelayDnsCache(Resolver resolver) {
    this.resolver = resolver;
    scheduler.scheduleWithFixedDelay(this::refreshAll, 30, 30, TimeUnit.SECONDS);
  }

  public String lookup(String host) {
    return addresses.computeIfAbsent(host, resolver::resolve); // expect: UnguardedMapAccess
  }

  private void refreshAll() {
    addresses.replaceAll((host, old) -> resolver.resolve(host)); // expect: UnguardedMapAccess
  }

  public interface Resolver {
    String resolve(String host);
  }
}
