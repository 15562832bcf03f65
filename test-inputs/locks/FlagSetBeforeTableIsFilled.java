import java.util.HashMap;
import java.util.Map;

/**
 * Bug: the lazy initialiser sets its volatile flag first and only then fills the table. A second
 * thread that sees the flag set skips init() and reads the HashMap while the first is still
 * putting into it. Setting the flag as the initialiser's last step fixes it.
 */
public final class FlagSetBeforeTableIsFilled {
  private static volatile boolean loaded;
  private static final Map<String, Integer> codes = new HashMap<>();

  private FlagSetBeforeTableIsFilled() {}

  private static synchronized void load() {
    if (loaded) return;
    loaded = true;
    for (int i = 0; i < 100; i++) {
      codes.put("E" + i, i);
    }
  }

  public static Integer code(String name) {
    if (!loaded) load();
    return codes.get(name); // expect: UnguardedMapAccess
  }
}
