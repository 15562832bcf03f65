import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Bug (threshold edge): three of four accesses hold the lock, which makes it the guard. */
public class ThreeOfFourIsAGuard {
  private final Map<Long, String> sessions = new HashMap<>(); // guard: lock
  private final ReentrantLock lock = new ReentrantLock();

  public void open(long id, String user) {
    lock.lock();
    try {
      sessions.put(id, user);
    } finally {
      lock.unlock();
    }
  }

  public void close(long id) {
    lock.lock();
    try {
      sessions.remove(id);
    } finally {
      lock.unlock();
    }
  }

  public String userOf(long id) {
    lock.lock();
    try {
      return sessions.get(id);
    } finally {
      lock.unlock();
    }
  }

  public boolean isOpen(long id) {
    return sessions.containsKey(id); // expect: InconsistentMapLocking
  }
}
