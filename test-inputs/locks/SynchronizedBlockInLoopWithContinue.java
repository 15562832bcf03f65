import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Trap: the lock is taken inside a loop body that uses continue and break; every access is still
 * inside the synchronized block on every path.
 */
public class SynchronizedBlockInLoopWithContinue {
  private final Map<String, Integer> wordLengths = new HashMap<>();

  public void ingest(List<List<String>> batches, ExecutorService pool) {
    for (List<String> batch : batches) {
      pool.execute(() -> {
        for (String w : batch) {
          synchronized (wordLengths) {
            if (w.isEmpty()) {
              continue;
            }
            if (w.equals("<eof>")) {
              break;
            }
            wordLengths.put(w, w.length());
          }
        }
      });
    }
  }

  public int length(String w) {
    synchronized (wordLengths) {
      return wordLengths.getOrDefault(w, -1);
    }
  }
}
