import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: reads (including iteration) under the read lock, writes under the write lock of one
 * ReentrantReadWriteLock. Readers may overlap each other, never a writer.
 */
@ThreadSafe
public class ReadWriteLockReadsAndWrites {
  private final Map<String, String> dictionary = new HashMap<>();
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();

  public String lookup(String word) {
    rw.readLock().lock();
    try {
      return dictionary.get(word);
    } finally {
      rw.readLock().unlock();
    }
  }

  public int countStartingWith(String prefix) {
    rw.readLock().lock();
    try {
      int n = 0;
      for (String w : dictionary.keySet()) {
        if (w.startsWith(prefix)) {
          n++;
        }
      }
      return n;
    } finally {
      rw.readLock().unlock();
    }
  }

  public void define(String word, String meaning) {
    rw.writeLock().lock();
    try {
      dictionary.put(word, meaning);
    } finally {
      rw.writeLock().unlock();
    }
  }
}
