import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Trap: one task writes the map, then the caller shuts the pool down and waits with
 * awaitTermination before reading. The single writer and the wait order every access.
 */
public class AwaitTerminationThenRead {
  public static void main(String[] args) throws InterruptedException {
    Map<String, Long> checksums = new HashMap<>();
    checksums.put("manifest", 0L);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    pool.execute(() -> {
      for (String arg : args) {
        checksums.put(arg, (long) arg.hashCode());
      }
    });
    pool.shutdown();
    if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
      checksums.remove("manifest");
      System.out.println(checksums);
    }
  }
}
