import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: a registry hands out its internal map through a getter; the reaper task removes entries
 * through it while the lookup path reads through it.
 */
public class GetterReturnsMapCallerMutates {
  static final class SessionRegistry {
    private final Map<String, Long> expiryBySession = new HashMap<>();

    Map<String, Long> sessions() {
      return expiryBySession;
    }
  }

  private final SessionRegistry registry = new SessionRegistry();
  private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor();

  public void start() {
    reaper.scheduleAtFixedRate(() -> {
      long now = System.currentTimeMillis();
      registry.sessions().values().removeIf(expiry -> expiry < now); // expect: UnguardedMapAccess
    }, 1, 1, TimeUnit.SECONDS);
  }

  public boolean valid(String session) {
    Long expiry = registry.sessions().get(session); // expect: UnguardedMapAccess
    return expiry != null && expiry > System.currentTimeMillis();
  }

  public void touch(String session) {
    registry.sessions().put(session, System.currentTimeMillis() + 60_000); // expect: UnguardedMapAccess
  }
}
