import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: an insertion-ordered LinkedHashMap (the default): get() does not reorder, so it is a
 * plain read and may run under the shared read lock; put runs under the write lock.
 */
@ThreadSafe
public class InsertionOrderGetUnderReadLock {
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

  public String get(String name) {
    rw.readLock().lock();
    try {
      return headers.get(name);
    } finally {
      rw.readLock().unlock();
    }
  }

  public void set(String name, String value) {
    rw.writeLock().lock();
    try {
      headers.put(name, value);
    } finally {
      rw.writeLock().unlock();
    }
  }
}
