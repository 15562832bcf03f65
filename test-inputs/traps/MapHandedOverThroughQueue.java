import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Trap: the producer fills a fresh map per batch and puts it on a BlockingQueue, never touching it
 * again; the consumer thread takes it and then changes it. The queue hands each map over.
 */
public class MapHandedOverThroughQueue {
  private final BlockingQueue<Map<String, Integer>> batches = new LinkedBlockingQueue<>();

  public void startConsumer() {
    new Thread(() -> {
      try {
        while (true) {
          Map<String, Integer> batch = batches.take();
          batch.remove("_meta");
          batch.forEach((k, v) -> System.out.println(k + "=" + v));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }).start();
  }

  public void produce(String[] keys) throws InterruptedException {
    Map<String, Integer> batch = new HashMap<>();
    for (String k : keys) {
      batch.merge(k, 1, Integer::sum);
    }
    batch.put("_meta", keys.length);
    batches.put(batch);
  }
}
