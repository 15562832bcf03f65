import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: a reaper scheduled with scheduleAtFixedRate removes expired sessions on the scheduler
 * thread while logins and lookups run on the caller's thread.
 */
public class ScheduleAtFixedRateSessionReaper {
  private static final long TTL_MILLIS = 30 * 60_000L;
  private final Map<String, Session> sessions = new HashMap<>();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);

  public void start() {
    scheduler.scheduleAtFixedRate(this::evictExpired, 1, 1, TimeUnit.MINUTES);
  }

  public void login(String sessionId, String user) {
    sessions.put(sessionId, new Session(user, System.currentTimeMillis())); // expect: UnguardedMapAccess
  }

  public String userOf(String sessionId) {
    Session s = sessions.get(sessionId); // expect: UnguardedMapAccess
    return s == null ? null : s.user();
  }

  private void evictExpired() {
    long cutoff = System.currentTimeMillis() - TTL_MILLIS;
    sessions.values().removeIf(s -> s.lastSeen() < cutoff); // expect: UnguardedMapAccess
  }

  record Session(String user, long lastSeen) {}
}
