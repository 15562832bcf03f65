import java.util.HashMap;
import java.util.Map;

/**
 * Bug: the caller joins the worker only when asked to wait; on the other path it reads the map
 * while the worker may still be writing it.
 */
public class LocalMapJoinOnlyOnOnePath {
  public int scan(String[] files, boolean wait) throws InterruptedException {
    Map<String, Integer> sizes = new HashMap<>();
    Thread worker = new Thread(() -> {
      for (String f : files) {
        sizes.put(f, f.length()); // expect: UnguardedMapAccess
      }
    });
    worker.start();
    if (wait) {
      worker.join();
    }
    return sizes.size(); // expect: UnguardedMapAccess
  }
}
