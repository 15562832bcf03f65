import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.util.thread.AutoLock;

/**
 * Bug: the writer holds Jetty's AutoLock for its try-with-resources block, but the reader's get
 * comes after its own block has closed the lock (the shape of SslContextFactory's alias lookups):
 * the scanner's clear can run in the middle of the get.
 */
public class AutoLockReaderOutsideBlock {
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
      if (aliases.isEmpty()) return null;
    }
    return aliases.get(host); // expect: UnguardedMapAccess
  }
}
