import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: the halves of the read/write lock are kept in fields, and the eviction picked the wrong
 * one: it removes entries under the read lock r, which other readers hold at the same time. The
 * reads under r are reported too, since they race with that write.
 */
@ThreadSafe
public class WriteUnderReadLockFieldAlias {
  private final Map<String, Long> expiries = new HashMap<>();
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Lock r = rw.readLock();
  private final Lock w = rw.writeLock();

  public void register(String key, long expiresAt) {
    w.lock();
    try {
      expiries.put(key, expiresAt);
    } finally {
      w.unlock();
    }
  }

  public boolean expired(String key, long now) {
    r.lock();
    try {
      Long at = expiries.get(key); // expect: UnguardedMapAccess
      if (at != null && at < now) {
        expiries.remove(key); // expect: UnguardedMapAccess
        return true;
      }
      return false;
    } finally {
      r.unlock();
    }
  }
}
