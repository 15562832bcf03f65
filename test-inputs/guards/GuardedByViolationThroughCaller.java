import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.GuardedBy;

/**
 * Bug: the helper is called under the lock by flush() and without it by appendNow(); the
 * finding is at the access in the helper, with the path that reaches it without the lock.
 * Caller-held locks count: the call from flush() is fine.
 */
public class GuardedByViolationThroughCaller {
  @GuardedBy("this")
  private final Map<String, StringBuilder> buffers = new HashMap<>();

  public synchronized void flush(String name) {
    append(name, "\n");
  }

  public void appendNow(String name, String text) {
    append(name, text);
  }

  private void append(String name, String text) {
    buffers.computeIfAbsent(name, k -> new StringBuilder()).append(text); // expect: GuardedByViolation
  }
}
