package com.example.orders;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The safe twin of {@link PriceCache}: the refresh builds a new map on the side and publishes it
 * through a volatile field as an immutable copy, so readers see either the old prices or the new
 * ones, never a map being changed.
 */
public class SafePriceCache {
  private volatile Map<String, Long> pricesInCents = Map.of();
  private final ScheduledExecutorService refresher = Executors.newScheduledThreadPool(2);

  public void scheduleRefresh(PriceCache.PriceSource source) {
    refresher.scheduleAtFixedRate(() -> refresh(source), 0, 30, TimeUnit.SECONDS);
  }

  private void refresh(PriceCache.PriceSource source) {
    Map<String, Long> fresh = new HashMap<>();
    for (String sku : source.skus()) {
      fresh.put(sku, source.priceOf(sku));
    }
    pricesInCents = Map.copyOf(fresh);
  }

  public long priceOf(String sku) {
    Long price = pricesInCents.get(sku);
    if (price == null) {
      throw new IllegalArgumentException("unknown product " + sku);
    }
    return price;
  }
}
