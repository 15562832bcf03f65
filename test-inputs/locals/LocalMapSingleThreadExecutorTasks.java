import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Trap: tasks submitted in a loop to a single-thread executor (held in a local variable) run one
 * at a time; the caller reads the map after awaitTermination.
 */
public class LocalMapSingleThreadExecutorTasks {
  public Map<String, Integer> tally(List<String> events) throws InterruptedException {
    Map<String, Integer> counts = new HashMap<>();
    ExecutorService serial = Executors.newSingleThreadExecutor();
    for (String e : events) {
      serial.execute(() -> counts.merge(e, 1, Integer::sum));
    }
    serial.shutdown();
    serial.awaitTermination(1, TimeUnit.MINUTES);
    counts.remove("heartbeat");
    return counts;
  }
}
