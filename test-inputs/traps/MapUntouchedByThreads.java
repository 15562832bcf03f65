import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trap: the program starts a progress-reporter thread, but that thread only reads an AtomicInteger;
 * the HashMap is used by the main thread alone.
 */
public class MapUntouchedByThreads {
  public static void main(String[] args) throws InterruptedException {
    AtomicInteger processed = new AtomicInteger();
    Thread progress = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        System.out.println("processed " + processed.get());
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    progress.setDaemon(true);
    progress.start();
    Map<String, Integer> lengths = new HashMap<>();
    for (String a : args) {
      lengths.put(a, a.length());
      processed.incrementAndGet();
    }
    progress.interrupt();
    System.out.println(lengths);
  }
}
