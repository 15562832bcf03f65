import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug (multi-file): the service saves orders through the Store interface on a pool thread and
 * reads them on the caller's thread. Virtual dispatch reaches InMemoryStore, whose HashMap has
 * no lock, so the accesses inside InMemoryStore race.
 */
public class OrderService {
  private final Store store = new InMemoryStore();
  private final ExecutorService writers = Executors.newFixedThreadPool(4);

  public void placeAsync(String orderId, String payload) {
    writers.execute(() -> store.save(orderId, payload));
  }

  public String status(String orderId) {
    String payload = store.load(orderId);
    return payload == null ? "UNKNOWN" : "PLACED";
  }
}
