import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the task is an instance of a named Runnable class (an inner class); its run() rebuilds
 * the routing table on a pool thread while route() reads it.
 */
public class RunnableInnerClassInstance {
  private final Map<String, String> routes = new HashMap<>();
  private final ExecutorService background = Executors.newCachedThreadPool();
  private final RouteSource source;

  public RunnableInnerClassInstance(RouteSource source) {
    this.source = source;
  }

  private final class ReloadRoutes implements Runnable {
    @Override
    public void run() {
      routes.clear(); // expect: UnguardedMapAccess
      routes.putAll(source.load()); // expect: UnguardedMapAccess
    }
  }

  public void reload() {
    background.execute(new ReloadRoutes());
  }

  public String route(String path) {
    return routes.get(path); // expect: UnguardedMapAccess
  }

  public interface RouteSource {
    Map<String, String> load();
  }
}
