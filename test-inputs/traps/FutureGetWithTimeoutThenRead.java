import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Trap: Future.get(timeout) either returns after the task completed or throws; the read after a
 * normal return is ordered after the task's writes.
 */
public class FutureGetWithTimeoutThenRead {
  public int resolveAll(ExecutorService pool, String[] hosts, Resolver r)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<String, String> ips = new HashMap<>();
    Future<?> f = pool.submit(() -> {
      for (String h : hosts) {
        ips.put(h, r.resolve(h));
      }
    });
    f.get(10, TimeUnit.SECONDS);
    ips.values().removeIf(ip -> ip == null);
    return ips.size();
  }

  public interface Resolver {
    String resolve(String host);
  }
}
