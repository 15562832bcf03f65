import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Trap: the lock is taken three calls above the access, on every path that reaches it. */
public class LockTakenThreeCallsUp {
  private final Map<String, Long> totals = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  public void start() {
    new Thread(this::worker).start();
  }

  private void worker() {
    lock.lock();
    try {
      record("worker", 1);
    } finally {
      lock.unlock();
    }
  }

  public long total(String key) {
    lock.lock();
    try {
      return lookup(key);
    } finally {
      lock.unlock();
    }
  }

  private void record(String key, long n) {
    add(key, n);
  }

  private void add(String key, long n) {
    put(key, n);
  }

  private void put(String key, long n) {
    totals.merge(key, n, Long::sum);
  }

  private long lookup(String key) {
    return totals.getOrDefault(key, 0L);
  }
}
