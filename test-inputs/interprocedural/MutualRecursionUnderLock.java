import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trap: mutually recursive evaluation (expr -> term -> expr) that memoises into a shared map,
 * but the only entry into the recursion holds the lock.
 */
public class MutualRecursionUnderLock {
  private final Map<String, Long> memo = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public Future<Long> evaluateAsync(String expression) {
    return pool.submit(() -> {
      lock.lock();
      try {
        return expr(expression);
      } finally {
        lock.unlock();
      }
    });
  }

  private long expr(String s) {
    int plus = s.lastIndexOf('+');
    return plus < 0 ? term(s) : expr(s.substring(0, plus)) + term(s.substring(plus + 1));
  }

  private long term(String s) {
    Long cached = memo.get(s);
    if (cached != null) {
      return cached;
    }
    long value = s.startsWith("(") ? expr(s.substring(1, s.length() - 1)) : Long.parseLong(s.trim());
    memo.put(s, value);
    return value;
  }
}
