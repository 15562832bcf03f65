import java.util.HashMap;
import java.util.Map;

/**
 * Bug: a Thread subclass instance is kept in a field and started from another method; its run()
 * writes the outer map while the caller reads it.
 */
public class ThreadSubclassStartedViaField {
  private final Map<String, Double> temperatures = new HashMap<>();

  private final class SensorPoller extends Thread {
    @Override
    public void run() {
      while (!isInterrupted()) {
        temperatures.put("cpu", Math.random() * 100); // expect: UnguardedMapAccess
      }
    }
  }

  private final SensorPoller poller = new SensorPoller();

  public void start() {
    poller.setDaemon(true);
    poller.start();
  }

  public Double temperature(String sensor) {
    return temperatures.get(sensor); // expect: UnguardedMapAccess
  }
}
