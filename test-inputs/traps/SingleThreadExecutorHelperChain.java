import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the map is written by private helpers three calls deep, but every call chain that reaches
 * them starts in a task of one single-thread executor (or in the constructor).
 */
public class SingleThreadExecutorHelperChain {
  private final Map<String, Integer> retries = new HashMap<>();
  private final ExecutorService mailThread = Executors.newSingleThreadExecutor();

  public SingleThreadExecutorHelperChain() {
    bump("startup");
  }

  public void sendAsync(String recipient) {
    mailThread.execute(() -> attempt(recipient));
  }

  public void resetAsync(String recipient) {
    mailThread.execute(() -> retries.remove(recipient));
  }

  private void attempt(String recipient) {
    if (!recipient.contains("@")) {
      fail(recipient);
    }
  }

  private void fail(String recipient) {
    bump(recipient);
  }

  private void bump(String key) {
    retries.merge(key, 1, Integer::sum);
  }
}
