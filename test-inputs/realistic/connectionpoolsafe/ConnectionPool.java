import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap (multi-file): a bounded connection pool. The leased map (an IdentityHashMap) and the idle
 * queue are only touched while holding the pool's ReentrantLock; borrowers wait on a Condition of
 * that same lock (await releases and re-acquires it before returning).
 */
@ThreadSafe
public class ConnectionPool {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition available = lock.newCondition();
  private final Deque<PooledConnection> idle = new ArrayDeque<>();
  private final Map<PooledConnection, Long> leasedAt = new IdentityHashMap<>();

  public ConnectionPool(int size) {
    for (int i = 0; i < size; i++) {
      idle.add(new PooledConnection("conn-" + i));
    }
  }

  public PooledConnection borrow(long timeoutMillis) throws InterruptedException {
    lock.lock();
    try {
      long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
      while (idle.isEmpty()) {
        if (nanos <= 0) {
          return null;
        }
        nanos = available.awaitNanos(nanos);
      }
      PooledConnection c = idle.poll();
      leasedAt.put(c, System.nanoTime());
      return c;
    } finally {
      lock.unlock();
    }
  }

  public void release(PooledConnection c) {
    lock.lock();
    try {
      if (leasedAt.remove(c) != null) {
        idle.add(c);
        available.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  public int leased() {
    lock.lock();
    try {
      return leasedAt.size();
    } finally {
      lock.unlock();
    }
  }
}
