import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Trap: an index store is made with a read-write lock when it is shared by all partitions and
 * without one when a single partition thread owns it. Its helpers take the lock where there is
 * one ({@code if (lock != null) lock.writeLock().lock();}, or the read half kept in a field of
 * its own: {@code if (lock != null) readLock.lock();}), and every update, lookup and clear goes
 * through them. A store with a lock is always locked; one without is never shared. Modelled on a
 * data grid's query index stores.
 */
public class IndexStoreTakesItsOptionalLockInHelpers {
  private final ReentrantReadWriteLock lock;
  private final ReentrantReadWriteLock.ReadLock readLock;
  private final Map<String, String> records = new HashMap<>();
  private final ExecutorService updaters = Executors.newFixedThreadPool(4);

  public IndexStoreTakesItsOptionalLockInHelpers(boolean global) {
    lock = global ? new ReentrantReadWriteLock() : null;
    readLock = global ? lock.readLock() : null;
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

  private void takeReadLock() {
    if (lock != null) readLock.lock();
  }

  private void releaseReadLock() {
    if (lock != null) readLock.unlock();
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

  public String lookup(String key) {
    takeReadLock();
    try {
      return records.get(key);
    } finally {
      releaseReadLock();
    }
  }

  public void clear() {
    takeWriteLock();
    try {
      records.clear();
    } finally {
      releaseWriteLock();
    }
  }
}
