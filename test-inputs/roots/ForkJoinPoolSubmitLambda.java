import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Bug: tasks handed to a ForkJoinPool with execute() in a loop run on its workers at the same time
 * and all write the same map.
 */
public class ForkJoinPoolSubmitLambda {
  private final Map<String, Integer> tokenCounts = new HashMap<>();
  private final ForkJoinPool pool = new ForkJoinPool(4);

  public void tokenize(List<String> documents) {
    for (String doc : documents) {
      pool.execute(() -> tokenCounts.put(doc, doc.split("\\s+").length)); // expect: UnguardedMapAccess
    }
  }
}
