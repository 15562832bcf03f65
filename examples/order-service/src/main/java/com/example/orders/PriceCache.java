package com.example.orders;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * THE BUG: prices are refreshed on a pool thread while request threads read them. The HashMap
 * has no lock, so a reader can see a half-resized table, loop forever on old JDKs, or miss an
 * entry that is there.
 */
public class PriceCache {
  private final Map<String, Long> pricesInCents = new HashMap<>();
  private final ExecutorService refresher = Executors.newScheduledThreadPool(2);

  public void scheduleRefresh(PriceSource source) {
    ((java.util.concurrent.ScheduledExecutorService) refresher)
        .scheduleAtFixedRate(() -> refresh(source), 0, 30, TimeUnit.SECONDS);
  }

  private void refresh(PriceSource source) {
    for (String sku : source.skus()) {
      pricesInCents.put(sku, source.priceOf(sku));
    }
  }

  public long priceOf(String sku) {
    Long price = pricesInCents.get(sku);
    if (price == null) {
      throw new IllegalArgumentException("unknown product " + sku);
    }
    return price;
  }

  /** Where prices come from. */
  public interface PriceSource {
    Iterable<String> skus();

    long priceOf(String sku);
  }
}
