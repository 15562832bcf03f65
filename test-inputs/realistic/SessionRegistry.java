import java.util.HashMap;
import java.util.Map;

/** Bug: put is synchronized, lookup forgot the lock; a cleaner thread removes stale entries. */
public class SessionRegistry {
  private final Map<String, Long> lastSeen = new HashMap<>();

  public SessionRegistry() {
    Thread cleaner = new Thread(this::sweep, "cleaner");
    cleaner.setDaemon(true);
    cleaner.start();
  }

  public synchronized void touch(String id) {
    lastSeen.put(id, System.currentTimeMillis());
  }

  public boolean isActive(String id) {
    return lastSeen.containsKey(id); // expect: UnguardedMapAccess
  }

  private void sweep() {
    while (true) {
      synchronized (this) {
        lastSeen.values().removeIf(t -> t < System.currentTimeMillis() - 60_000);
      }
    }
  }
}
