import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trap: every access to the balances map happens in a task of one single-thread executor (an
 * actor). The tasks run one at a time, in order, so the map is confined to that thread.
 */
public class SingleThreadExecutorOwnsLedger {
  private final Map<String, Long> balances = new HashMap<>();
  private final ExecutorService ledgerThread = Executors.newSingleThreadExecutor();

  public void deposit(String account, long cents) {
    ledgerThread.execute(() -> balances.merge(account, cents, Long::sum));
  }

  public Future<Boolean> withdraw(String account, long cents) {
    return ledgerThread.submit(() -> {
      long current = balances.getOrDefault(account, 0L);
      if (current < cents) {
        return false;
      }
      balances.put(account, current - cents);
      return true;
    });
  }

  public CompletableFuture<Long> balance(String account) {
    return CompletableFuture.supplyAsync(() -> balances.getOrDefault(account, 0L), ledgerThread);
  }
}
