import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Trap: copy-on-write through a volatile field; the published map is never mutated. */
public class PriceBook {
  private volatile Map<String, Long> prices = Map.of();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  public void start() {
    timer.scheduleAtFixedRate(this::reload, 0, 1, TimeUnit.MINUTES);
  }

  private void reload() {
    Map<String, Long> next = new HashMap<>();
    next.put("a", 1L);
    next.put("b", 2L);
    prices = Collections.unmodifiableMap(next);
  }

  public Long price(String sku) {
    return prices.get(sku);
  }
}
