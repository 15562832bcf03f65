import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Bug: the index store's updates take its optional lock through a helper
 * ({@code if (lock != null) lock.writeLock().lock();}), but {@code clear()} was written without
 * it: a clear on the caller's thread runs while an updater thread is inserting. The twin of
 * {@code locks/IndexStoreTakesItsOptionalLockInHelpers}.
 */
public class IndexStoreClearedWithoutItsOptionalLock {
  private final ReentrantReadWriteLock lock;
  private final Map<String, String> records = new HashMap<>();
  private final ExecutorService updaters = Executors.newFixedThreadPool(4);

  public IndexStoreClearedWithoutItsOptionalLock(boolean global) {
    lock = global ? new ReentrantReadWriteLock() : null;
  }

  private void takeWriteLock() {
    if (lock != null) {
      lock.writeLock().lock();
    }
  }

  private void releaseWriteLock() {
    if (lock != null) {
      lock.writeLock().unlock();
    }
  }

  public void insert(String key, String value) {
    takeWriteLock();
    try {
      records.put(key, value);
    } finally {
      releaseWriteLock();
    }
  }

  public void insertLater(String key, String value) {
    updaters.submit(() -> insert(key, value));
  }

  public void clear() {
    records.clear(); // expect: UnguardedMapAccess "this map is written under a lock"
  }
}
