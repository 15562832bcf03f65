import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: ScheduledExecutorService.schedule (a Callable: remove returns the removed order) expires
 * a pending order on the scheduler thread while the caller places and confirms orders.
 */
public class ScheduleOneShotOrderTimeout {
  private final Map<Long, String> pendingOrders = new HashMap<>();
  private final ScheduledExecutorService timeouts = Executors.newScheduledThreadPool(1);

  public void place(long orderId, String description) {
    pendingOrders.put(orderId, description); // expect: UnguardedMapAccess
    timeouts.schedule(() -> pendingOrders.remove(orderId), 30, TimeUnit.SECONDS); // expect: UnguardedMapAccess
  }

  public boolean confirm(long orderId) {
    return pendingOrders.remove(orderId) != null; // expect: UnguardedMapAccess
  }
}
