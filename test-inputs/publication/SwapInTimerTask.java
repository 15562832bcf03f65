import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.TreeMap;

/**
 * Bug: a TimerTask replaces the price ladder field with a freshly loaded TreeMap; the field is
 * neither final nor volatile and the caller reads it on its own thread.
 */
public class SwapInTimerTask {
  private TreeMap<Integer, Double> priceLadder = new TreeMap<>();
  private final Timer timer = new Timer(true);

  public void start(PriceFeed feed) {
    timer.schedule(new TimerTask() {
      @Override
      public void run() {
        TreeMap<Integer, Double> fresh = new TreeMap<>(feed.load());
        priceLadder = fresh; // expect: UnsafeMapPublication
      }
    }, 0, 5_000);
  }

  public Double priceFor(int quantity) {
    Map.Entry<Integer, Double> e = priceLadder.floorEntry(quantity);
    return e == null ? null : e.getValue();
  }

  public interface PriceFeed {
    Map<Integer, Double> load();
  }
}
