import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.lock.qual.GuardedBy;

/**
 * Bug: five maps, each declared guarded by lock with a different flavour of @GuardedBy
 * (JSR-305, JCIP, Error Prone, Android, and the Checker Framework's type annotation, imported).
 * All are read by sizes() without the lock: each read is reported, whether or not a thread is
 * started (the annotation says the maps are shared).
 */
public class GuardedByEveryFlavour {
  private final Object lock = new Object();
  @javax.annotation.concurrent.GuardedBy("lock")
  private final Map<String, Integer> jsr305 = new HashMap<>();
  @net.jcip.annotations.GuardedBy("lock")
  private final Map<String, Integer> jcip = new HashMap<>();
  @com.google.errorprone.annotations.concurrent.GuardedBy("lock")
  private final Map<String, Integer> errorProne = new HashMap<>();
  @androidx.annotation.GuardedBy("lock")
  private final Map<String, Integer> android = new HashMap<>();
  private final @GuardedBy("lock") Map<String, Integer> checker = new HashMap<>();

  public void put(String k, int v) {
    synchronized (lock) {
      jsr305.put(k, v);
      jcip.put(k, v);
      errorProne.put(k, v);
      android.put(k, v);
      checker.put(k, v);
    }
  }

  public int sizes() {
    int n = jsr305.size(); // expect: GuardedByViolation
    n += jcip.size(); // expect: GuardedByViolation
    n += errorProne.size(); // expect: GuardedByViolation
    n += android.size(); // expect: GuardedByViolation
    return n + checker.size(); // expect: GuardedByViolation
  }
}
