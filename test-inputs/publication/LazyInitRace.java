import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Bug: a plain field is replaced by a new map on a pool thread while callers read it. */
public class LazyInitRace {
  private Map<String, String> config = new HashMap<>();
  private final ExecutorService refresher = Executors.newSingleThreadExecutor();

  public void refreshAsync(Map<String, String> fresh) {
    refresher.execute(() -> config = Map.copyOf(fresh)); // expect: UnsafeMapPublication
  }

  public String get(String key) {
    return config.get(key);
  }
}
