import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Bug: a local map captured by tasks submitted in a loop: the tasks run at the same time and all
 * write it. Reading it after awaitTermination is fine; the concurrent puts are not.
 */
public class LocalMapCapturedByLoopTasks {
  public Map<String, Integer> wordCounts(List<String> documents) throws InterruptedException {
    Map<String, Integer> counts = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (String doc : documents) {
      pool.execute(() -> {
        for (String w : doc.split("\\W+")) {
          counts.merge(w, 1, Integer::sum); // expect: UnguardedMapAccess
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    counts.remove("");
    return counts;
  }
}
