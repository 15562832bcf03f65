import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Trap: every access under the same ReentrantLock, unlock in finally, even three calls down. */
public class AuditLog {
  private final Map<Long, String> entries = new LinkedHashMap<>();
  private final ReentrantLock lock = new ReentrantLock();

  public AuditLog() {
    new Thread(() -> record("boot")).start();
  }

  public void record(String msg) {
    lock.lock();
    try {
      append(msg);
    } finally {
      lock.unlock();
    }
  }

  private void append(String msg) {
    store(System.nanoTime(), msg);
  }

  private void store(long t, String msg) {
    entries.put(t, msg);
  }

  public int size() {
    lock.lock();
    try {
      return entries.size();
    } finally {
      lock.unlock();
    }
  }
}
