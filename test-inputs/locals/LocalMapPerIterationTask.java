import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Trap: each loop iteration creates a new map, fills it, and only then hands it to its own task;
 * no two tasks share a map, and the iteration stops touching it once the task starts.
 */
public class LocalMapPerIterationTask {
  public void sendAll(List<String> recipients, ExecutorService pool, Mailer mailer) {
    for (String r : recipients) {
      Map<String, String> vars = new HashMap<>();
      vars.put("name", r);
      vars.put("unsubscribe", "https://example.com/u/" + r.hashCode());
      pool.execute(() -> mailer.send(r, vars.get("name"), vars.get("unsubscribe")));
    }
  }

  public interface Mailer {
    void send(String to, String name, String link);
  }
}
