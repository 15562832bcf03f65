import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trap (multi-file): the facade takes its lock and then calls through three other methods in two
 * other classes before the map is touched; every path to every access holds the facade's lock.
 */
public class InventoryFacade {
  private final ReentrantLock lock = new ReentrantLock();
  private final Warehouse warehouse = new Warehouse();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void receiveAsync(String sku, int qty) {
    pool.execute(() -> {
      lock.lock();
      try {
        warehouse.receive(sku, qty);
      } finally {
        lock.unlock();
      }
    });
  }

  public int available(String sku) {
    lock.lock();
    try {
      return warehouse.available(sku);
    } finally {
      lock.unlock();
    }
  }
}
