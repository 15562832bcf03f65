import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Bug: readers take the read lock, writers the write lock; the guard is the ReadWriteLock as a
 * whole. evict() writes while holding only the read lock, which other readers share: that write
 * is not guarded.
 */
public class ReadWriteLockReadVsWrite {
  private final Map<String, byte[]> blobs = new HashMap<>(); // guard: rw
  private final ReadWriteLock rw = new ReentrantReadWriteLock();

  public byte[] get(String key) {
    rw.readLock().lock();
    try {
      return blobs.get(key);
    } finally {
      rw.readLock().unlock();
    }
  }

  public int count() {
    rw.readLock().lock();
    try {
      return blobs.size();
    } finally {
      rw.readLock().unlock();
    }
  }

  public void put(String key, byte[] value) {
    rw.writeLock().lock();
    try {
      blobs.put(key, value);
    } finally {
      rw.writeLock().unlock();
    }
  }

  public void remove(String key) {
    rw.writeLock().lock();
    try {
      blobs.remove(key);
    } finally {
      rw.writeLock().unlock();
    }
  }

  public void evict(String key) {
    rw.readLock().lock();
    try {
      blobs.remove(key); // expect: InconsistentMapLocking
    } finally {
      rw.readLock().unlock();
    }
  }
}
