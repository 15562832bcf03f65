import com.google.common.util.concurrent.Monitor;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: Guava's Monitor used as the lock: every access runs between enter() (or a successful
 * tryEnter()) and leave() in a finally block.
 */
public class GuavaMonitorAroundEveryAccess {
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
    if (monitor.tryEnter()) {
      try {
        return seats.getOrDefault(flight, 0);
      } finally {
        monitor.leave();
      }
    }
    return -1;
  }
}
