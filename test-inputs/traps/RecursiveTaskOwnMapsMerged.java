import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RecursiveTask;

/**
 * Trap: each RecursiveTask builds its own result map in compute() (a local), and a parent
 * merges its children's maps after join(). No map is shared between running tasks.
 */
public class RecursiveTaskOwnMapsMerged extends RecursiveTask<Map<String, Integer>> {
  private final List<String> words;

  public RecursiveTaskOwnMapsMerged(List<String> words) {
    this.words = words;
  }

  @Override
  protected Map<String, Integer> compute() {
    if (words.size() <= 1_000) {
      Map<String, Integer> counts = new HashMap<>();
      for (String w : words) {
        counts.merge(w, 1, Integer::sum);
      }
      return counts;
    }
    int mid = words.size() / 2;
    RecursiveTaskOwnMapsMerged left = new RecursiveTaskOwnMapsMerged(words.subList(0, mid));
    left.fork();
    Map<String, Integer> merged = new RecursiveTaskOwnMapsMerged(words.subList(mid, words.size())).compute();
    left.join().forEach((w, n) -> merged.merge(w, n, Integer::sum));
    return merged;
  }
}
