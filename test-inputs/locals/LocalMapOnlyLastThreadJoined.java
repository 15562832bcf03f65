import java.util.HashMap;
import java.util.Map;

/**
 * Bug: threads are started in a loop, but only the last one is joined (the variable is reused);
 * the earlier threads may still be writing when the caller reads.
 */
public class LocalMapOnlyLastThreadJoined {
  public Map<Integer, Long> squares(int n) throws InterruptedException {
    Map<Integer, Long> out = new HashMap<>();
    Thread last = null;
    for (int i = 0; i < n; i++) {
      int k = i;
      last = new Thread(() -> out.put(k, (long) k * k)); // expect: UnguardedMapAccess
      last.start();
    }
    if (last != null) {
      last.join();
    }
    out.remove(0); // expect: UnguardedMapAccess
    return out;
  }
}
