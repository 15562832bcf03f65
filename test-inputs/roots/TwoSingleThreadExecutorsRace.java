import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: each executor is single-threaded, but there are two of them: a task of the ingest executor
 * and a task of the compaction executor run on two threads at once.
 */
public class TwoSingleThreadExecutorsRace {
  private final Map<String, byte[]> segments = new HashMap<>();
  private final ExecutorService ingest = Executors.newSingleThreadExecutor();
  private final ExecutorService compaction = Executors.newSingleThreadExecutor();

  public void append(String segment, byte[] data) {
    ingest.execute(() -> segments.put(segment, data)); // expect: UnguardedMapAccess
  }

  public void compact(String segment) {
    compaction.execute(() -> segments.remove(segment)); // expect: UnguardedMapAccess
  }
}
