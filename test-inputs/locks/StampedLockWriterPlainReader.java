import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.StampedLock;

/**
 * Bug: writes hold the StampedLock's write lock, but best() reads the TreeMap with no stamp at
 * all; only the read is reported.
 */
public class StampedLockWriterPlainReader {
  private final TreeMap<Double, Integer> bids = new TreeMap<>();
  private final StampedLock sl = new StampedLock();
  private final ExecutorService feed = Executors.newFixedThreadPool(2);

  public void onBidAsync(double price, int size) {
    feed.execute(() -> {
      long stamp = sl.writeLock();
      try {
        bids.merge(price, size, Integer::sum);
      } finally {
        sl.unlockWrite(stamp);
      }
    });
  }

  public Double best() {
    Map.Entry<Double, Integer> top = bids.lastEntry(); // expect: UnguardedMapAccess
    return top == null ? null : top.getKey();
  }
}
