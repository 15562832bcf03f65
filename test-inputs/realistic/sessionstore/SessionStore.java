import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bug (multi-file): an in-memory session store shared by the login servlet (request threads)
 * and the SessionReaper (a scheduler thread). The store's HashMap has no lock, so creation,
 * lookup, touch and expiry race with each other.
 */
public class SessionStore {
  public record Session(String id, String user, long expiresAt) {}

  private final Map<String, Session> sessions = new HashMap<>();
  private final Clock clock;
  private final long ttlMillis;

  public SessionStore(Clock clock, long ttlMillis) {
    this.clock = clock;
    this.ttlMillis = ttlMillis;
  }

  public Session create(String user) {
    Session s = new Session(UUID.randomUUID().toString(), user, clock.millis() + ttlMillis);
    sessions.put(s.id(), s); // expect: UnguardedMapAccess
    return s;
  }

  public Optional<Session> find(String id) {
    Session s = sessions.get(id); // expect: UnguardedMapAccess
    if (s == null || s.expiresAt() < clock.millis()) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  public void touch(String id) {
    sessions.computeIfPresent(id, (k, s) -> new Session(k, s.user(), clock.millis() + ttlMillis)); // expect: UnguardedMapAccess
  }

  int expire() {
    long now = clock.millis();
    int before = sessions.size(); // expect: UnguardedMapAccess
    sessions.values().removeIf(s -> s.expiresAt() < now); // expect: UnguardedMapAccess
    return before - sessions.size(); // expect: UnguardedMapAccess
  }
}
