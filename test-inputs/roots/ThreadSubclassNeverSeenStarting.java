import java.util.HashMap;
import java.util.Map;

/**
 * Bug: the heartbeat thread is a Thread subclass started by code outside this compilation (its
 * start() is not visible). Its run() is still a thread root and races with the static reader.
 */
public class ThreadSubclassNeverSeenStarting extends Thread {
  private static final Map<String, Long> LAST_BEAT = new HashMap<>();
  private final String node;

  public ThreadSubclassNeverSeenStarting(String node) {
    this.node = node;
  }

  @Override
  public void run() {
    LAST_BEAT.put(node, System.nanoTime()); // expect: UnguardedMapAccess
  }

  public static boolean alive(String node, long nowNanos, long timeoutNanos) {
    Long beat = LAST_BEAT.get(node); // expect: UnguardedMapAccess
    return beat != null && nowNanos - beat < timeoutNanos;
  }
}
