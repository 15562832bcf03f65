import com.google.common.util.concurrent.Monitor;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of GuavaMonitorAroundEveryAccess whose reader does not enter the monitor: the
 * pool's writes under the monitor race with the unguarded read.
 */
public class GuavaMonitorSkippedByReader {
  private final Monitor monitor = new Monitor();
  private final Map<String, Integer> seats = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void bookAsync(String flight) {
    pool.execute(() -> {
      monitor.enter();
      try {
        seats.merge(flight, 1, Integer::sum);
      } finally {
        monitor.leave();
      }
    });
  }

  public int booked(String flight) {
    return seats.getOrDefault(flight, 0); // expect: UnguardedMapAccess
  }
}
