import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: the ReentrantLock is created inside the method, so each call locks its own lock and
 * concurrent callers are not excluded.
 */
@ThreadSafe
public class LocalLockPerCall {
  private final Map<String, String> aliases = new HashMap<>();

  public void alias(String name, String target) {
    Lock lock = new ReentrantLock();
    lock.lock();
    try {
      aliases.put(name, target); // expect: UnguardedMapAccess
    } finally {
      lock.unlock();
    }
  }
}
