import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: copy-on-write through a volatile field. The single writer (a single-thread executor)
 * copies the current map, changes the copy, and publishes it with one volatile write; readers
 * only read whichever map they got, which is never changed after publication.
 */
public class VolatileCopyOnWrite {
  private volatile Map<String, String> routes = Map.of();
  private final ExecutorService writer = Executors.newSingleThreadExecutor();

  public void addRouteAsync(String path, String backend) {
    writer.execute(() -> {
      Map<String, String> next = new HashMap<>(routes);
      next.put(path, backend);
      routes = next;
    });
  }

  public String backendFor(String path) {
    return routes.get(path);
  }
}
