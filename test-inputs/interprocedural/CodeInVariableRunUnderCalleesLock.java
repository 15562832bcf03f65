import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Trap: the code that reads the map is built in one method, kept in a local variable (chosen on
 * two paths), checked with requireNonNull, and run by another method only while it holds the
 * lock. Checking or passing code around does not run it.
 */
public class CodeInVariableRunUnderCalleesLock {
  private final Map<String, Integer> scores = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void recordAsync(String player, int points) {
    pool.execute(() -> {
      synchronized (this) {
        scores.merge(player, points, Integer::sum);
      }
    });
  }

  public int best(boolean includeBots) {
    Supplier<Integer> query;
    if (includeBots) {
      query = () -> scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    } else {
      query = () -> scores.entrySet().stream().filter(e -> !e.getKey().startsWith("bot"))
          .mapToInt(Map.Entry::getValue).max().orElse(0);
    }
    return underLock(query);
  }

  private int underLock(Supplier<Integer> query) {
    Objects.requireNonNull(query);
    synchronized (this) {
      return query.get();
    }
  }
}
