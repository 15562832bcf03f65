import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Trap: the weights are filled before invokeAll, the tasks only read them, and the caller
 * clears them after invokeAll returned (it waits for every task).
 */
public class InvokeAllThenClearWeights {
  public double score(ExecutorService pool, List<String> documents, Map<String, Double> input)
      throws InterruptedException, ExecutionException {
    Map<String, Double> weights = new HashMap<>(input);
    weights.putIfAbsent("default", 1.0);
    List<Callable<Double>> jobs = new ArrayList<>();
    for (String doc : documents) {
      jobs.add(() -> weights.getOrDefault(doc, weights.get("default")) * doc.length());
    }
    double sum = 0;
    for (Future<Double> f : pool.invokeAll(jobs)) {
      sum += f.get();
    }
    weights.clear();
    return sum;
  }
}
