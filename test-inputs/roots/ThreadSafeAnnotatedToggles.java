import java.util.HashMap;
import java.util.Map;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Bug: the class promises @ThreadSafe (javax.annotation.concurrent), so every non-private
 * method may be called from many threads at once, but the toggles map has no lock.
 */
@ThreadSafe
public class ThreadSafeAnnotatedToggles {
  private final Map<String, Boolean> toggles = new HashMap<>();

  public void enable(String feature) {
    toggles.put(feature, Boolean.TRUE); // expect: UnguardedMapAccess
  }

  public void disable(String feature) {
    toggles.remove(feature); // expect: UnguardedMapAccess
  }

  public boolean isEnabled(String feature) {
    return toggles.getOrDefault(feature, Boolean.FALSE); // expect: UnguardedMapAccess
  }
}
