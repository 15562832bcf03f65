import java.util.HashMap;
import java.util.Map;

/**
 * Trap: main() calls a helper that fills the static map, then starts the threads that only read
 * it; the helper runs only before the threads start.
 */
public class HelperCalledBeforeSpawnOnly {
  private static final Map<String, String> ROUTES = new HashMap<>();

  private static void loadRoutes(String[] args) {
    ROUTES.put("/", "index");
    for (String a : args) {
      ROUTES.put("/" + a, a);
    }
  }

  private static void serve(String path) {
    System.out.println(path + " -> " + ROUTES.getOrDefault(path, "404"));
  }

  public static void main(String[] args) {
    loadRoutes(args);
    for (String a : args) {
      new Thread(() -> serve("/" + a)).start();
    }
  }
}
