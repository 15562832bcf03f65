import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: double-checked locking done right: the field is volatile, the map is fully built before
 * the volatile write, and never changed afterwards.
 */
@ThreadSafe
public class VolatileDoubleCheckedLocking {
  private volatile Map<String, String> currencySymbols;

  public String symbol(String code) {
    Map<String, String> m = currencySymbols;
    if (m == null) {
      synchronized (this) {
        m = currencySymbols;
        if (m == null) {
          m = new HashMap<>();
          m.put("EUR", "\u20ac");
          m.put("USD", "$");
          currencySymbols = m;
        }
      }
    }
    return m.get(code);
  }
}
