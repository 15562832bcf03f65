import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: one task per word is collected in a list and all run at once by invokeAll; they all merge
 * into the same HashMap. Reading the map after invokeAll returns is fine: invokeAll waits.
 */
public class InvokeAllTasksCollectedInLoop {
  private final Map<String, Integer> counts = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public int countAll(List<String> words) throws InterruptedException {
    List<Callable<Void>> tasks = new ArrayList<>();
    for (String w : words) {
      tasks.add(() -> {
        counts.merge(w, 1, Integer::sum); // expect: UnguardedMapAccess
        return null;
      });
    }
    pool.invokeAll(tasks);
    return counts.size();
  }
}
