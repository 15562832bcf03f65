import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: the result of tryLock() is ignored, so the put may run without the lock (and the
 * unlock then throws). Only code under a successful tryLock holds it.
 */
@ThreadSafe
public class TryLockResultIgnored {
  private final Map<String, Long> lastSeen = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  public void seen(String device) {
    lock.tryLock();
    try {
      lastSeen.put(device, System.currentTimeMillis()); // expect: UnguardedMapAccess
    } finally {
      lock.unlock();
    }
  }

  public Long last(String device) {
    lock.lock();
    try {
      return lastSeen.get(device);
    } finally {
      lock.unlock();
    }
  }
}
