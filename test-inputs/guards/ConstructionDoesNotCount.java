import java.util.HashMap;
import java.util.Map;

/**
 * Trap: the constructor and a helper it calls fill the map without a lock; every later access
 * holds it. Construction happens before the object is shared, so it does not count against
 * the guard.
 */
public class ConstructionDoesNotCount {
  private final Map<String, String> aliases = new HashMap<>(); // guard: this

  public ConstructionDoesNotCount() {
    aliases.put("nyc", "New York");
    seed();
  }

  private void seed() {
    aliases.put("sf", "San Francisco");
  }

  public synchronized void alias(String shortName, String name) {
    aliases.put(shortName, name);
  }

  public synchronized String resolve(String shortName) {
    return aliases.getOrDefault(shortName, shortName);
  }
}
