import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trap (multi-file): the order book's TreeMaps are touched only by tasks of the engine's
 * single-thread executor, which runs the matching and also answers top-of-book queries.
 */
public class ConfinedOrderBook {
  private final TreeMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
  private final TreeMap<Long, Long> asks = new TreeMap<>();

  void add(boolean buy, long price, long qty) {
    if (buy) {
      bids.merge(price, qty, Long::sum);
    } else {
      asks.merge(price, qty, Long::sum);
    }
  }

  void match() {
    while (!bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey()) {
      Map.Entry<Long, Long> bid = bids.pollFirstEntry();
      Map.Entry<Long, Long> ask = asks.pollFirstEntry();
      long traded = Math.min(bid.getValue(), ask.getValue());
      if (bid.getValue() > traded) {
        bids.put(bid.getKey(), bid.getValue() - traded);
      }
      if (ask.getValue() > traded) {
        asks.put(ask.getKey(), ask.getValue() - traded);
      }
    }
  }

  String topOfBook() {
    return bids.firstEntry() + " / " + asks.firstEntry();
  }
}
