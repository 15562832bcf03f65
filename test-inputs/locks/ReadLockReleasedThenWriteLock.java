import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.springframework.stereotype.Service;

/**
 * Trap: the cached-data pattern from the ReentrantReadWriteLock docs: look up under the read
 * lock, release it, then take the write lock to fill a miss (and check again).
 */
@Service
public class ReadLockReleasedThenWriteLock {
  private final Map<String, String> templates = new HashMap<>();
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final TemplateLoader loader;

  public ReadLockReleasedThenWriteLock(TemplateLoader loader) {
    this.loader = loader;
  }

  public String template(String name) {
    rw.readLock().lock();
    try {
      String t = templates.get(name);
      if (t != null) {
        return t;
      }
    } finally {
      rw.readLock().unlock();
    }
    rw.writeLock().lock();
    try {
      return templates.computeIfAbsent(name, loader::load);
    } finally {
      rw.writeLock().unlock();
    }
  }

  public interface TemplateLoader {
    String load(String name);
  }
}
