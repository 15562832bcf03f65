import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: a cache fills itself on a miss while holding only the read lock. Many threads hold the
 * read lock at once, so the computeIfAbsent writes race with each other and with the reads.
 */
@ThreadSafe
public class WriteUnderReadLock {
  private final Map<String, byte[]> blobs = new HashMap<>();
  private final ReadWriteLock rw = new ReentrantReadWriteLock();
  private final BlobStore store;

  public WriteUnderReadLock(BlobStore store) {
    this.store = store;
  }

  public byte[] get(String key) {
    rw.readLock().lock();
    try {
      return blobs.computeIfAbsent(key, store::load); // expect: UnguardedMapAccess
    } finally {
      rw.readLock().unlock();
    }
  }

  public int size() {
    rw.readLock().lock();
    try {
      return blobs.size(); // expect: UnguardedMapAccess
    } finally {
      rw.readLock().unlock();
    }
  }

  public interface BlobStore {
    byte[] load(String key);
  }
}
