import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Bug: one task per URL is submitted in a loop; the tasks run at the same time as each other and
 * all write the same status map (the root races with itself).
 */
public class TasksSubmittedInLoopRaceEachOther {
  private final Map<String, Integer> statusByUrl = new HashMap<>();

  public void checkAll(List<String> urls, ExecutorService pool, Pinger pinger) {
    for (String url : urls) {
      pool.execute(() -> statusByUrl.put(url, pinger.ping(url))); // expect: UnguardedMapAccess
    }
  }

  public interface Pinger {
    int ping(String url);
  }
}
