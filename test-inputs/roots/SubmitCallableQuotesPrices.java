import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bug: a Callable submitted with ExecutorService.submit reads the price table on a pool thread
 * while the calling thread updates it.
 */
public class SubmitCallableQuotesPrices {
  private final Map<String, BigDecimal> prices = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  public void updatePrice(String symbol, BigDecimal price) {
    prices.put(symbol, price); // expect: UnguardedMapAccess
  }

  public Future<BigDecimal> quoteAsync(String symbol, int quantity) {
    return pool.submit(() -> {
      BigDecimal unit = prices.get(symbol); // expect: UnguardedMapAccess
      return unit == null ? BigDecimal.ZERO : unit.multiply(BigDecimal.valueOf(quantity));
    });
  }
}
