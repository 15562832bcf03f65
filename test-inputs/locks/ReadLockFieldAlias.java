import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: the read and write halves are kept in final fields (Lock r = rw.readLock(), w =
 * rw.writeLock()); reads use r, writes use w.
 */
@ThreadSafe
public class ReadLockFieldAlias {
  private final TreeMap<Long, String> timeline = new TreeMap<>();
  private final ReadWriteLock rw = new ReentrantReadWriteLock();
  private final Lock r = rw.readLock();
  private final Lock w = rw.writeLock();

  public void append(long at, String event) {
    w.lock();
    try {
      timeline.put(at, event);
    } finally {
      w.unlock();
    }
  }

  public String latestBefore(long at) {
    r.lock();
    try {
      Map.Entry<Long, String> e = timeline.floorEntry(at);
      return e == null ? null : e.getValue();
    } finally {
      r.unlock();
    }
  }
}
