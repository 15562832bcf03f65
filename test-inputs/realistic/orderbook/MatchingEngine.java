import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs matching on a dedicated thread and publishes market data on a scheduler. */
public class MatchingEngine {
  public record Order(boolean buy, long price, long qty) {}

  private final OrderBook book = new OrderBook();
  private final BlockingQueue<Order> inbound = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService marketData = Executors.newSingleThreadScheduledExecutor();

  public void start() {
    Thread matcher = new Thread(this::matchLoop, "matcher");
    matcher.start();
    marketData.scheduleAtFixedRate(() -> System.out.println(book.topOfBook()), 0, 100, TimeUnit.MILLISECONDS);
  }

  public void submit(Order order) {
    inbound.add(order);
  }

  private void matchLoop() {
    try {
      while (true) {
        Order o = inbound.take();
        if (o.buy()) {
          book.addBid(o.price(), o.qty());
        } else {
          book.addAsk(o.price(), o.qty());
        }
        book.match();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
