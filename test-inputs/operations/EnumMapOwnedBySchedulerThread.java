import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: an EnumMap touched only by tasks of one single-thread scheduled executor (a circuit
 * breaker's state machine); the tasks never overlap.
 */
public class EnumMapOwnedBySchedulerThread {
  public enum State { CLOSED, OPEN, HALF_OPEN }

  private final Map<State, Integer> transitions = new EnumMap<>(State.class);
  private final ScheduledExecutorService breakerThread = Executors.newSingleThreadScheduledExecutor();

  public void start() {
    breakerThread.scheduleAtFixedRate(() -> transitions.merge(State.HALF_OPEN, 1, Integer::sum), 30, 30, TimeUnit.SECONDS);
  }

  public void tripAsync() {
    breakerThread.execute(() -> transitions.merge(State.OPEN, 1, Integer::sum));
  }

  public void reportAsync() {
    breakerThread.schedule(() -> System.out.println(transitions), 1, TimeUnit.SECONDS);
  }
}
