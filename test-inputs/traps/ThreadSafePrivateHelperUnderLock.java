import java.util.HashMap;
import java.util.Map;
import net.jcip.annotations.ThreadSafe;

/**
 * Trap: in a @ThreadSafe class only non-private methods are entry points; the private helper that
 * touches the map without its own lock is only called from synchronized methods.
 */
@ThreadSafe
public class ThreadSafePrivateHelperUnderLock {
  private final Map<String, Long> balances = new HashMap<>();

  public synchronized void deposit(String account, long cents) {
    adjust(account, cents);
  }

  public synchronized void withdraw(String account, long cents) {
    adjust(account, -cents);
  }

  public synchronized long balance(String account) {
    return balances.getOrDefault(account, 0L);
  }

  private void adjust(String account, long delta) {
    balances.merge(account, delta, Long::sum);
  }
}
