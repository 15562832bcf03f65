import java.util.HashMap;
import java.util.Map;

/**
 * Trap: the constructor starts one loader thread, which fills the map and then sets a volatile
 * flag; readers touch the map only after they have seen the flag set, and the map is never
 * written after that. The volatile write/read pair orders the puts before the gets.
 */
public class VolatileReadyFlagPublishesMap {
  private final Map<String, String> dictionary = new HashMap<>();
  private volatile boolean ready;

  public VolatileReadyFlagPublishesMap(String[][] entries) {
    new Thread(() -> {
      for (String[] e : entries) {
        dictionary.put(e[0], e[1]);
      }
      ready = true;
    }).start();
  }

  public String lookup(String word) {
    if (!ready) {
      return null;
    }
    return dictionary.get(word);
  }
}
