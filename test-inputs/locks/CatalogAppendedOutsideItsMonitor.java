import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bug: the twin of the catalogue that reloads under its monitor, with one more client method,
 * {@code append}, that calls the loading helper without taking the monitor. Two client threads,
 * one appending and one looking a price up, now touch the shared table at once: the helper's put
 * is unguarded on the calling thread, whatever the loader thread does on its own copies.
 */
public class CatalogAppendedOutsideItsMonitor {
  private static final ExecutorService LOADER = Executors.newSingleThreadExecutor();

  private final Map<String, Integer> prices = new HashMap<>();

  public synchronized void reload(List<String> lines) {
    prices.clear();
    load(lines);
  }

  public void append(List<String> lines) {
    load(lines);
  }

  public synchronized Integer price(String sku) {
    return prices.get(sku);
  }

  private void load(List<String> lines) {
    for (String line : lines) {
      String[] parts = line.split("=", 2);
      prices.put(parts[0], Integer.valueOf(parts[1])); // expect: InconsistentMapLocking "through append(..) -> load(..)"
    }
  }

  public static Future<CatalogAppendedOutsideItsMonitor> loadInBackground(List<String> lines) {
    return LOADER.submit(() -> {
      CatalogAppendedOutsideItsMonitor fresh = new CatalogAppendedOutsideItsMonitor();
      fresh.load(lines);
      return fresh;
    });
  }
}
