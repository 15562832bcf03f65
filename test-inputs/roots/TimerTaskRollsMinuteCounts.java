import java.util.HashMap;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Bug: a TimerTask on the Timer's thread resets the per-minute counts while request code on the
 * caller's thread increments them.
 */
public class TimerTaskRollsMinuteCounts {
  private final Map<String, Integer> minuteCounts = new HashMap<>();
  private final Timer timer = new Timer("stats-roller", true);

  public void start() {
    timer.scheduleAtFixedRate(new TimerTask() {
      @Override
      public void run() {
        minuteCounts.clear(); // expect: UnguardedMapAccess
      }
    }, 60_000, 60_000);
  }

  public void hit(String endpoint) {
    minuteCounts.merge(endpoint, 1, Integer::sum); // expect: UnguardedMapAccess
  }
}
