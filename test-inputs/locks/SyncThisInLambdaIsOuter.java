import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: unlike in an anonymous class, `this` inside a lambda is the enclosing object, so
 * synchronized (this) in the task takes the same monitor as the outer synchronized methods.
 */
public class SyncThisInLambdaIsOuter {
  private final Map<String, Double> balances = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void applyInterestAsync(double rate) {
    pool.execute(() -> {
      synchronized (this) {
        balances.replaceAll((account, b) -> b * (1 + rate));
      }
    });
  }

  public synchronized double balance(String account) {
    return balances.getOrDefault(account, 0.0);
  }
}
