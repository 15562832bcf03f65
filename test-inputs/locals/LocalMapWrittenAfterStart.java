import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Bug: the caller keeps adding to the local map after submitting the task that reads it; the
 * late put races with the task's iteration. The put before submit is fine.
 */
public class LocalMapWrittenAfterStart {
  public Future<?> publish(ExecutorService pool, Publisher publisher, String release) {
    Map<String, String> headers = new HashMap<>();
    headers.put("release", release);
    Future<?> f = pool.submit(() -> headers.forEach(publisher::header)); // expect: UnguardedMapAccess
    headers.put("published-at", String.valueOf(System.currentTimeMillis())); // expect: UnguardedMapAccess
    return f;
  }

  public interface Publisher {
    void header(String name, String value);
  }
}
