import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: synchronized (this) inside an anonymous Runnable locks the Runnable, not the outer
 * object whose synchronized methods guard the map. Different monitors: both sides reported.
 */
public class SyncThisInAnonymousClassVsOuter {
  private final Map<String, Double> balances = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void applyInterestAsync(double rate) {
    pool.execute(new Runnable() {
      @Override
      public void run() {
        synchronized (this) {
          balances.replaceAll((account, b) -> b * (1 + rate)); // expect: UnguardedMapAccess
        }
      }
    });
  }

  public synchronized double balance(String account) {
    return balances.getOrDefault(account, 0.0); // expect: UnguardedMapAccess
  }
}
