import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Bug: RecursiveTask.compute runs on many ForkJoin workers at once (forked subtasks); all of them
 * read and write one static memo HashMap.
 */
public class RecursiveTaskSharedMemo extends RecursiveTask<Long> {
  private static final Map<Integer, Long> MEMO = new HashMap<>();
  private final int n;

  public RecursiveTaskSharedMemo(int n) {
    this.n = n;
  }

  @Override
  protected Long compute() {
    if (n < 2) {
      return (long) n;
    }
    Long known = MEMO.get(n); // expect: UnguardedMapAccess
    if (known != null) {
      return known;
    }
    RecursiveTaskSharedMemo left = new RecursiveTaskSharedMemo(n - 1);
    left.fork();
    long right = new RecursiveTaskSharedMemo(n - 2).compute();
    long result = left.join() + right;
    MEMO.put(n, result); // expect: UnguardedMapAccess
    return result;
  }

  public static long fibonacci(int n) {
    return ForkJoinPool.commonPool().invoke(new RecursiveTaskSharedMemo(n));
  }
}
