import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.util.thread.AutoLock;

/**
 * Trap: Jetty's AutoLock taken in try-with-resources around every access. lock() takes the lock
 * and the resource's close() at the end of the block releases it, so the pool's writes and the
 * caller's reads never overlap, and what follows the block is no longer under the lock.
 */
public class AutoLockAroundEveryAccess {
  private final AutoLock lock = new AutoLock();
  private final Map<String, String> aliases = new HashMap<>();
  private final ExecutorService scanner = Executors.newSingleThreadExecutor();

  public void reloadLater(Map<String, String> fresh) {
    scanner.execute(() -> {
      try (AutoLock l = lock.lock()) {
        aliases.clear();
        aliases.putAll(fresh);
      }
    });
  }

  public String alias(String host) {
    try (AutoLock l = lock.lock()) {
      return aliases.get(host);
    }
  }
}
