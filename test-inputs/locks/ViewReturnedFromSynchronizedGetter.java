import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the getter is synchronized, but it returns a live keySet view; the caller iterates the
 * view after the lock is gone while a pool task keeps adding keys.
 */
public class ViewReturnedFromSynchronizedGetter {
  private final Map<String, Integer> members = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void joinAsync(String member) {
    pool.execute(() -> add(member));
  }

  private synchronized void add(String member) {
    members.put(member, member.length());
  }

  private synchronized Set<String> names() {
    return members.keySet();
  }

  public String roster() {
    StringBuilder sb = new StringBuilder();
    for (String name : names()) { // expect: UnguardedMapAccess
      sb.append(name).append(',');
    }
    return sb.toString();
  }
}
