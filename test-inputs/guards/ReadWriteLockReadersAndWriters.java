import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Trap: readers hold the read lock, writers the write lock. Reads under the read lock do not
 * conflict with each other, so the ReadWriteLock as a whole is the guard and nothing is reported.
 */
public class ReadWriteLockReadersAndWriters {
  private final TreeMap<Long, String> events = new TreeMap<>(); // guard: rw
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

  public String latest() {
    rw.readLock().lock();
    try {
      Map.Entry<Long, String> last = events.lastEntry();
      return last == null ? null : last.getValue();
    } finally {
      rw.readLock().unlock();
    }
  }

  public int count() {
    rw.readLock().lock();
    try {
      return events.size();
    } finally {
      rw.readLock().unlock();
    }
  }

  public void record(long at, String event) {
    rw.writeLock().lock();
    try {
      events.put(at, event);
    } finally {
      rw.writeLock().unlock();
    }
  }
}
