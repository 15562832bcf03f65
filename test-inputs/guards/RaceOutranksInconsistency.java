import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the pool writes under the lock, the caller reads without it. The read both races and
 * breaks the locking discipline: one finding, the race (it names the other access and the
 * thread), and its message names the inferred guard.
 */
public class RaceOutranksInconsistency {
  private final Map<String, Double> rates = new HashMap<>(); // guard: this
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  public void refresh(String currency, double rate) {
    pool.execute(() -> store(currency, rate));
  }

  private synchronized void store(String currency, double rate) {
    rates.put(currency, rate);
  }

  public synchronized void drop(String currency) {
    rates.remove(currency);
  }

  public synchronized boolean known(String currency) {
    return rates.containsKey(currency);
  }

  public double rateOf(String currency) {
    return rates.getOrDefault(currency, 1.0); // expect: UnguardedMapAccess
  }
}
