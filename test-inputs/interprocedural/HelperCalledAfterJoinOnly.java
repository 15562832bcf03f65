import java.util.HashMap;
import java.util.Map;

/**
 * Trap: a worker thread writes the map; main() joins it and only then calls the helper that reads
 * and trims the map.
 */
public class HelperCalledAfterJoinOnly {
  private static final Map<String, Long> SIZES = new HashMap<>();

  private static void summarize() {
    SIZES.values().removeIf(v -> v == 0);
    System.out.println(SIZES);
  }

  public static void main(String[] args) throws InterruptedException {
    Thread worker = new Thread(() -> {
      for (String a : args) {
        SIZES.put(a, (long) a.length());
      }
    });
    worker.start();
    worker.join();
    summarize();
  }
}
