package com.example.orders;

/** Test code: a second compilation (testCompile) in the same build, with no race of its own. */
class PriceCacheCheck {
  long pricesSeen(PriceCache cache, String sku) {
    return cache.priceOf(sku);
  }
}
