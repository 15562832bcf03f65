import java.util.HashMap;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Bug: the two TimerTasks are scheduled on two different Timers, i.e. two threads, so unlike the
 * tasks of one Timer they can run at the same time.
 */
public class TwoTimersRace {
  private final Map<String, Double> gauges = new HashMap<>();
  private final Timer sampler = new Timer("sampler", true);
  private final Timer publisher = new Timer("publisher", true);

  public void start(Probe probe) {
    sampler.schedule(new TimerTask() {
      @Override
      public void run() {
        gauges.put("load", probe.load()); // expect: UnguardedMapAccess
      }
    }, 0, 1_000);
    publisher.schedule(new TimerTask() {
      @Override
      public void run() {
        gauges.forEach(probe::publish); // expect: UnguardedMapAccess
        gauges.clear(); // expect: UnguardedMapAccess
      }
    }, 0, 10_000);
  }

  public interface Probe {
    double load();

    void publish(String name, double value);
  }
}
