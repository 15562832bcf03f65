import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Trap: the local lookup map is complete before the loop submits the tasks, and the tasks (which
 * run at the same time as each other) only read it. Reads never race with reads.
 */
public class LocalMapFilledBeforeSubmitReadOnly {
  public void notifyAll(List<String> users, List<String[]> prefs, ExecutorService pool, Notifier n) {
    Map<String, String> channelByUser = new HashMap<>();
    for (String[] p : prefs) {
      channelByUser.put(p[0], p[1]);
    }
    for (String u : users) {
      pool.execute(() -> n.notify(u, channelByUser.getOrDefault(u, "email")));
    }
  }

  public interface Notifier {
    void notify(String user, String channel);
  }
}
