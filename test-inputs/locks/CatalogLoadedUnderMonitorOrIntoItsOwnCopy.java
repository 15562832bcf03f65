import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trap: a price catalogue that clients share reloads its table inside its monitor, through a
 * helper. The same helper also fills catalogues that a loader thread builds from scratch, each on
 * a catalogue of its own that nobody else sees until the future hands it over; that path takes no
 * lock, and needs none. On the calling thread every path into the helper holds the monitor, so the
 * helper's writes never overlap a client's lookup. Taking the meet of the locks over every thread
 * at once would see the helper unlocked and blame the reload. Modelled on a servlet container's
 * configuration class, whose type checks run inside its synchronized start on the starting thread.
 */
public class CatalogLoadedUnderMonitorOrIntoItsOwnCopy {
  private static final ExecutorService LOADER = Executors.newSingleThreadExecutor();

  private final Map<String, Integer> prices = new HashMap<>();

  public synchronized void reload(List<String> lines) {
    prices.clear();
    load(lines);
  }

  public synchronized Integer price(String sku) {
    return prices.get(sku);
  }

  private void load(List<String> lines) {
    for (String line : lines) {
      String[] parts = line.split("=", 2);
      prices.put(parts[0], Integer.valueOf(parts[1]));
    }
  }

  public static Future<CatalogLoadedUnderMonitorOrIntoItsOwnCopy> loadInBackground(List<String> lines) {
    return LOADER.submit(() -> {
      CatalogLoadedUnderMonitorOrIntoItsOwnCopy fresh = new CatalogLoadedUnderMonitorOrIntoItsOwnCopy();
      fresh.load(lines);
      return fresh;
    });
  }
}
