import java.util.HashMap;
import java.util.Map;

/**
 * Trap (multi-file): configuration is replaced wholesale: the reloader builds a new map, wraps it
 * with Map.copyOf, and publishes it through a volatile field. Readers never see a map change.
 */
public class ConfigHolder {
  private volatile Map<String, String> current = Map.of();

  void replace(Map<String, String> loaded) {
    Map<String, String> merged = new HashMap<>(loaded);
    merged.putIfAbsent("timeout.ms", "5000");
    current = Map.copyOf(merged);
  }

  public String get(String key) {
    return current.get(key);
  }

  public int getInt(String key, int fallback) {
    String v = current.get(key);
    return v == null ? fallback : Integer.parseInt(v);
  }
}
