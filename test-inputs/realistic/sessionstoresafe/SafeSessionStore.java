import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trap (multi-file): the same session store built on a ConcurrentHashMap, using only its atomic
 * single operations and its weakly consistent removeIf; the servlet and the reaper share it
 * safely.
 */
public class SafeSessionStore {
  public record Session(String id, String user, long expiresAt) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final long ttlMillis;

  public SafeSessionStore(Clock clock, long ttlMillis) {
    this.clock = clock;
    this.ttlMillis = ttlMillis;
  }

  public Session create(String user) {
    Session s = new Session(UUID.randomUUID().toString(), user, clock.millis() + ttlMillis);
    sessions.put(s.id(), s);
    return s;
  }

  public Optional<Session> find(String id) {
    Session s = sessions.get(id);
    return s == null || s.expiresAt() < clock.millis() ? Optional.empty() : Optional.of(s);
  }

  public void touch(String id) {
    sessions.computeIfPresent(id, (k, s) -> new Session(k, s.user(), clock.millis() + ttlMillis));
  }

  void expire() {
    long now = clock.millis();
    sessions.values().removeIf(s -> s.expiresAt() < now);
  }
}
