import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Trap: ConcurrentHashMap for the shared cache; per-thread scratch via ThreadLocal. */
public class Memo {
  private final Map<Long, Long> cache = new ConcurrentHashMap<>();
  private final ThreadLocal<Map<String, String>> scratch = ThreadLocal.withInitial(HashMap::new);
  private final ExecutorService pool = Executors.newCachedThreadPool();

  public void warm(long n) {
    pool.execute(() -> {
      cache.computeIfAbsent(n, k -> k * k);
      scratch.get().put("last", Long.toString(n));
    });
  }

  public Long get(long n) {
    scratch.get().put("read", Long.toString(n));
    return cache.get(n);
  }
}
