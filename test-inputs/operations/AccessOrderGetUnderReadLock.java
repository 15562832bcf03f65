import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: an LRU cache on an access-ordered LinkedHashMap. get() moves the entry to the end, so it
 * is a write; doing it under the shared read lock lets two gets relink the list at once. The put
 * under the write lock is fine.
 */
@ThreadSafe
public class AccessOrderGetUnderReadLock {
  private final Map<String, String> lru = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > 1000;
    }
  };
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

  public String get(String key) {
    rw.readLock().lock();
    try {
      return lru.get(key); // expect: UnguardedMapAccess
    } finally {
      rw.readLock().unlock();
    }
  }

  public void put(String key, String value) {
    rw.writeLock().lock();
    try {
      lru.put(key, value);
    } finally {
      rw.writeLock().unlock();
    }
  }
}
