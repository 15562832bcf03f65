import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bug and trap in one: the submitted tasks race with each other (they are submitted in a loop),
 * but the read after waiting for every Future in a loop is safe: all tasks are done by then.
 */
public class FuturesJoinedInALoopBeforeReading {
  private static final Map<String, String> RESULTS = new HashMap<>();

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      final int n = i;
      futures.add(pool.submit(() -> RESULTS.put("k" + n, "v"))); // expect: UnguardedMapAccess
    }
    for (Future<?> f : futures) {
      f.get();
    }
    System.out.println(RESULTS);
    pool.shutdown();
  }
}
