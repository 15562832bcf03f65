import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.GuardedBy;

/**
 * Bug: each @GuardedBy names no lock: a misspelt field, a primitive, a class that does not
 * enclose this one, a method that does not exist. Each is reported at its annotation.
 */
public class LockExpressionNamesNothing {
  private final Object lock = new Object();
  @GuardedBy("lok") // expect: GuardedByViolation
  private final Map<String, String> values = new HashMap<>();
  @GuardedBy("count") // expect: GuardedByViolation
  private final Map<String, String> others = new HashMap<>();
  @GuardedBy("Unrelated.this") // expect: GuardedByViolation
  private final Map<String, String> third = new HashMap<>();
  @GuardedBy("lockNow()") // expect: GuardedByViolation
  private final Map<String, String> fourth = new HashMap<>();
  private int count;

  public void put(String k, String v) {
    synchronized (lock) {
      values.put(k, v);
      others.put(k, v);
      third.put(k, v);
      fourth.put(k, v);
      count++;
    }
  }
}

/** A class of the program that does not enclose LockExpressionNamesNothing. */
class Unrelated {}
