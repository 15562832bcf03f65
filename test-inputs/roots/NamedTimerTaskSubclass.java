import java.util.HashMap;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Bug: the TimerTask is a named inner class; its run() evicts cache entries on the Timer's thread
 * while get() fills the cache on the caller's thread.
 */
public class NamedTimerTaskSubclass {
  private final Map<String, String> cache = new HashMap<>();
  private final Timer timer = new Timer(true);

  private final class EvictAll extends TimerTask {
    @Override
    public void run() {
      cache.clear(); // expect: UnguardedMapAccess
    }
  }

  public NamedTimerTaskSubclass() {
    timer.schedule(new EvictAll(), 60_000, 60_000);
  }

  public String get(String key) {
    return cache.computeIfAbsent(key, String::toUpperCase); // expect: UnguardedMapAccess
  }
}
