import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Trap: the task writes a local map and the caller reads it only after Future.get(), which
 * waits for the task and makes its writes visible.
 */
public class FutureGetThenReadResults {
  public int totalLines(ExecutorService pool, Iterable<String> files, LineCounter counter)
      throws InterruptedException, ExecutionException {
    Map<String, Integer> linesPerFile = new HashMap<>();
    Future<?> scan = pool.submit(() -> {
      for (String f : files) {
        linesPerFile.put(f, counter.count(f));
      }
    });
    scan.get();
    int total = 0;
    for (int n : linesPerFile.values()) {
      total += n;
    }
    return total;
  }

  public interface LineCounter {
    int count(String file);
  }
}
