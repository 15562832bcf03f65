import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bug: the task checks the map under the lock, releases it, and then writes: the put runs with
 * no lock while the reader (under the lock) may run.
 */
public class LockReleasedBeforeAccess {
  private final Map<String, String> tokens = new HashMap<>();
  private final Lock lock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void issueAsync(String client) {
    pool.execute(() -> {
      boolean missing;
      lock.lock();
      try {
        missing = !tokens.containsKey(client);
      } finally {
        lock.unlock();
      }
      if (missing) {
        tokens.put(client, Long.toHexString(System.nanoTime())); // expect: UnguardedMapAccess
      }
    });
  }

  public String token(String client) {
    lock.lock();
    try {
      return tokens.get(client);
    } finally {
      lock.unlock();
    }
  }
}
