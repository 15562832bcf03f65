import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: a @ThreadSafe class whose every method that touches the map is synchronized on this.
 */
@ThreadSafe
public class ThreadSafeClassAllSynchronized {
  private final Map<String, String> recentSearches = new LinkedHashMap<>();

  public synchronized void record(String user, String query) {
    recentSearches.remove(user);
    recentSearches.put(user, query);
  }

  public synchronized String last(String user) {
    return recentSearches.get(user);
  }

  public synchronized int size() {
    return recentSearches.size();
  }
}
