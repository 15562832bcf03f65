import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bug (multi-file): a limit order book kept in two TreeMaps. The matching engine thread mutates
 * them; the market-data publisher reads the top of the book on its own scheduler thread. No lock.
 * The reads inside match() run on the matching thread only, where nothing else writes: they race
 * with nothing (reads never race with reads).
 */
public class OrderBook {
  private final TreeMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
  private final TreeMap<Long, Long> asks = new TreeMap<>();

  void addBid(long price, long qty) {
    bids.merge(price, qty, Long::sum); // expect: UnguardedMapAccess
  }

  void addAsk(long price, long qty) {
    asks.merge(price, qty, Long::sum); // expect: UnguardedMapAccess
  }

  void match() {
    while (!bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey()) {
      Map.Entry<Long, Long> bid = bids.pollFirstEntry(); // expect: UnguardedMapAccess
      Map.Entry<Long, Long> ask = asks.pollFirstEntry(); // expect: UnguardedMapAccess
      long traded = Math.min(bid.getValue(), ask.getValue());
      if (bid.getValue() > traded) {
        bids.put(bid.getKey(), bid.getValue() - traded); // expect: UnguardedMapAccess
      }
      if (ask.getValue() > traded) {
        asks.put(ask.getKey(), ask.getValue() - traded); // expect: UnguardedMapAccess
      }
    }
  }

  String topOfBook() {
    Map.Entry<Long, Long> bid = bids.firstEntry(); // expect: UnguardedMapAccess
    Map.Entry<Long, Long> ask = asks.firstEntry(); // expect: UnguardedMapAccess
    return (bid == null ? "-" : bid.getKey() + "x" + bid.getValue()) + " / "
        + (ask == null ? "-" : ask.getKey() + "x" + ask.getValue());
  }
}
