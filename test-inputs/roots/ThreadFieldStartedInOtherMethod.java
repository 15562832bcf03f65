import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Bug: the Thread is built in a field initialiser and started later, in another method; its task
 * writes the map while the caller reads it.
 */
public class ThreadFieldStartedInOtherMethod {
  private final Map<String, Integer> latest = new HashMap<>();
  private final BlockingQueue<String[]> updates = new LinkedBlockingQueue<>();
  private final Thread applier = new Thread(this::applyLoop, "applier");

  public void start() {
    applier.start();
  }

  public void offer(String key, int value) {
    updates.add(new String[] {key, Integer.toString(value)});
  }

  private void applyLoop() {
    try {
      while (true) {
        String[] u = updates.take();
        latest.put(u[0], Integer.parseInt(u[1])); // expect: UnguardedMapAccess
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public Integer latest(String key) {
    return latest.get(key); // expect: UnguardedMapAccess
  }
}
