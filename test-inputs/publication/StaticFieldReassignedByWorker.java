import java.util.HashMap;
import java.util.Map;

/**
 * Bug: a static, non-final, non-volatile registry field is replaced by a background thread
 * while static lookups read it.
 */
public final class StaticFieldReassignedByWorker {
  private static Map<String, String> translations = new HashMap<>();

  private StaticFieldReassignedByWorker() {}

  public static void loadInBackground(Map<String, String> bundle) {
    new Thread(() -> {
      Map<String, String> copy = new HashMap<>(bundle);
      translations = copy; // expect: UnsafeMapPublication
    }).start();
  }

  public static String translate(String key) {
    return translations.getOrDefault(key, key);
  }
}
