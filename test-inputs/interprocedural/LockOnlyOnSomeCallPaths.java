import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: record() is called from a synchronized method and also directly from a task with no lock.
 * The locks held at the access are those held on every path, here none; the synchronized reader
 * is not reported.
 */
public class LockOnlyOnSomeCallPaths {
  private final Map<String, Integer> errorsByCode = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public synchronized void recordNow(String code) {
    record(code);
  }

  public void recordLater(String code) {
    pool.execute(() -> record(code));
  }

  private void record(String code) {
    errorsByCode.merge(code, 1, Integer::sum); // expect: UnguardedMapAccess
  }

  public synchronized int errors(String code) {
    return errorsByCode.getOrDefault(code, 0);
  }
}
