import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the thread is started three calls below the public entry point (startAll -> startWorkers
 * -> spawn), and the task's write races with the public reader.
 */
public class SpawnThreeCallsDownFromEntry {
  private final Map<Integer, String> workerState = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  public void startAll(int n) {
    startWorkers(n);
  }

  private void startWorkers(int n) {
    for (int i = 0; i < n; i++) {
      spawn(i);
    }
  }

  private void spawn(int id) {
    pool.execute(() -> workerState.put(id, "RUNNING")); // expect: UnguardedMapAccess
  }

  public String state(int id) {
    return workerState.get(id); // expect: UnguardedMapAccess
  }
}
