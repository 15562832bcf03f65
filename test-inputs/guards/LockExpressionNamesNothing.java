import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.GuardedBy;

/** Bug: the @GuardedBy names a field that does not exist (a typo): reported at the annotation. */
public class LockExpressionNamesNothing {
  private final Object lock = new Object();
  @GuardedBy("lok") // expect: GuardedByViolation
  private final Map<String, String> values = new HashMap<>();
  @GuardedBy("count") // expect: GuardedByViolation
  private final Map<String, String> others = new HashMap<>();
  private int count;

  public void put(String k, String v) {
    synchronized (lock) {
      values.put(k, v);
      others.put(k, v);
      count++;
    }
  }
}
