import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Bug: an anonymous Callable submitted to a pool reserves seats in the shared map while the
 * caller releases seats.
 */
public class AnonymousCallableSubmit {
  private final Map<String, String> holderBySeat = new HashMap<>();
  private final ExecutorService pool;

  public AnonymousCallableSubmit(ExecutorService pool) {
    this.pool = pool;
  }

  public Future<Boolean> reserveAsync(String seat, String customer) {
    return pool.submit(new Callable<Boolean>() {
      @Override
      public Boolean call() {
        return holderBySeat.putIfAbsent(seat, customer) == null; // expect: UnguardedMapAccess
      }
    });
  }

  public void release(String seat) {
    holderBySeat.remove(seat); // expect: UnguardedMapAccess
  }
}
