import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the task is first stored in a local variable and then handed to execute(); it still runs
 * on a pool thread and races with the caller's reads.
 */
public class TaskInLocalVariable {
  private final Map<String, Long> checkpoints = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void checkpointAsync(String stream, long offset) {
    Runnable save = () -> checkpoints.put(stream, offset); // expect: UnguardedMapAccess
    pool.execute(save);
  }

  public long lastCheckpoint(String stream) {
    return checkpoints.getOrDefault(stream, -1L); // expect: UnguardedMapAccess
  }
}
