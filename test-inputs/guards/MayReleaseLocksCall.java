import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.GuardedBy;
import org.checkerframework.checker.lock.qual.MayReleaseLocks;

/**
 * Bug: pause() is annotated @MayReleaseLocks, so after calling it the lock taken by lock() may
 * no longer be held: the write after the call is reported. A monitor (synchronized) cannot be
 * released by a callee, so the same pattern under synchronized is fine.
 */
public class MayReleaseLocksCall {
  private final ReentrantLock lock = new ReentrantLock();
  @GuardedBy("lock")
  private final Map<String, Integer> queue = new HashMap<>();
  @GuardedBy("this")
  private final Map<String, Integer> other = new HashMap<>();

  @MayReleaseLocks
  private void pause() {
    if (lock.isHeldByCurrentThread()) lock.unlock();
  }

  public void enqueue(String job) {
    lock.lock();
    try {
      queue.put(job, 0);
      pause();
      queue.put(job, 1); // expect: GuardedByViolation
    } finally {
      if (lock.isHeldByCurrentThread()) lock.unlock();
    }
  }

  public synchronized void enqueueOther(String job) {
    other.put(job, 0);
    pause();
    other.put(job, 1);
  }
}
