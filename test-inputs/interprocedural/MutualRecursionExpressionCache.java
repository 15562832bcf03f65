import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bug: evaluation is mutually recursive (expr -> term -> expr); term() memoises into a shared
 * map on pool threads while the caller may clear the memo.
 */
public class MutualRecursionExpressionCache {
  private final Map<String, Long> memo = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public Future<Long> evaluateAsync(String expression) {
    return pool.submit(() -> expr(expression));
  }

  public void clearMemo() {
    memo.clear(); // expect: UnguardedMapAccess
  }

  private long expr(String s) {
    int plus = s.lastIndexOf('+');
    if (plus < 0) {
      return term(s);
    }
    return expr(s.substring(0, plus)) + term(s.substring(plus + 1));
  }

  private long term(String s) {
    Long cached = memo.get(s); // expect: UnguardedMapAccess
    if (cached != null) {
      return cached;
    }
    long value = s.startsWith("(") ? expr(s.substring(1, s.length() - 1)) : Long.parseLong(s.trim());
    memo.put(s, value); // expect: UnguardedMapAccess
    return value;
  }
}
