import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: double-checked locking on a non-volatile field. The assignment is under the lock, but the
 * first check reads the field with no lock, so a reader may see the map before its contents.
 */
@ThreadSafe
public class DoubleCheckedLockingNonVolatile {
  private Map<String, String> currencySymbols;

  public String symbol(String code) {
    Map<String, String> m = currencySymbols;
    if (m == null) {
      synchronized (this) {
        m = currencySymbols;
        if (m == null) {
          m = new HashMap<>();
          m.put("EUR", "\u20ac");
          m.put("USD", "$");
          currencySymbols = m; // expect: UnsafeMapPublication
        }
      }
    }
    return m.get(code);
  }
}
