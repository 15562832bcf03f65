import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the field is volatile, but the map it points to is changed in place. volatile only
 * publishes the reference; puts on a pool thread still race with gets on the caller's thread.
 */
public class VolatileFieldMutatedInPlace {
  private volatile Map<String, String> headers = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void addHeaderAsync(String name, String value) {
    pool.execute(() -> headers.put(name, value)); // expect: UnguardedMapAccess
  }

  public String header(String name) {
    return headers.get(name); // expect: UnguardedMapAccess
  }
}
