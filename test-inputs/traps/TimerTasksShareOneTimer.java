import java.util.HashMap;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Trap: two TimerTasks scheduled on the same Timer touch the samples map. A Timer runs its tasks
 * one after another on its single thread, and no other code touches the map.
 */
public class TimerTasksShareOneTimer {
  private final Map<String, Double> samples = new HashMap<>();
  private final Timer timer = new Timer("sampler", true);
  private final Probe probe;

  public TimerTasksShareOneTimer(Probe probe) {
    this.probe = probe;
  }

  public void start() {
    timer.scheduleAtFixedRate(new TimerTask() {
      @Override
      public void run() {
        samples.put("cpu", probe.cpu());
        samples.put("heap", probe.heapUsed());
      }
    }, 0, 1_000);
    timer.scheduleAtFixedRate(new TimerTask() {
      @Override
      public void run() {
        samples.forEach((k, v) -> probe.publish(k, v));
        samples.clear();
      }
    }, 10_000, 10_000);
  }

  public interface Probe {
    double cpu();

    double heapUsed();

    void publish(String name, double value);
  }
}
