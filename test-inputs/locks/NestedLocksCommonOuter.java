import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: accesses hold different inner locks but always the same outer one (accountsLock), which
 * is enough to exclude them.
 */
public class NestedLocksCommonOuter {
  private final Object accountsLock = new Object();
  private final Object auditLock = new Object();
  private final Object reportLock = new Object();
  private final Map<String, Long> accounts = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void transferAsync(String from, String to, long amount) {
    pool.execute(() -> {
      synchronized (accountsLock) {
        synchronized (auditLock) {
          accounts.merge(from, -amount, Long::sum);
          accounts.merge(to, amount, Long::sum);
        }
      }
    });
  }

  public long total() {
    synchronized (reportLock) {
      synchronized (accountsLock) {
        long sum = 0;
        for (long v : accounts.values()) {
          sum += v;
        }
        return sum;
      }
    }
  }
}
