import java.util.HashMap;
import java.util.Map;

/** In-memory Store for tests and small deployments; not thread-safe. */
public class InMemoryStore implements Store {
  private final Map<String, String> data = new HashMap<>();

  @Override
  public void save(String key, String value) {
    data.put(key, value); // expect: UnguardedMapAccess
  }

  @Override
  public String load(String key) {
    return data.get(key); // expect: UnguardedMapAccess
  }
}
