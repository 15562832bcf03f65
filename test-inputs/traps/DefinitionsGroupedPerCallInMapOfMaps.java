import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: each registration groups its definitions by factory in a map of maps that the call makes
 * for itself ({@code computeIfAbsent(factory, k -> new HashMap<>())}), checks each group for
 * duplicates, and only then registers them in the shared table, which is concurrent. Calls run on
 * the client's threads and on a pool at once, but each builds its own outer map and its own inner
 * maps: no two calls ever touch the same group. Modelled on a serialization service registering
 * class definitions.
 */
public class DefinitionsGroupedPerCallInMapOfMaps {
  public record Definition(int factoryId, int classId, String name) {}

  private final Map<Long, Definition> registered = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void registerLater(List<Definition> definitions) {
    pool.submit(() -> register(definitions));
  }

  private static <K, V> Map<K, V> newMap(int expected) {
    return new HashMap<>(Math.max(16, expected * 2));
  }

  public void register(List<Definition> definitions) {
    Map<Integer, Map<Integer, Definition>> byFactory = newMap(definitions.size());
    for (Definition d : definitions) {
      Map<Integer, Definition> byClass = byFactory.computeIfAbsent(d.factoryId(), k -> new HashMap<>());
      if (byClass.containsKey(d.classId())) {
        throw new IllegalArgumentException("duplicate definition " + d);
      }
      byClass.put(d.classId(), d);
    }
    for (Definition d : definitions) {
      registerOne(d, byFactory);
    }
  }

  private void registerOne(Definition d, Map<Integer, Map<Integer, Definition>> byFactory) {
    Definition checked = byFactory.get(d.factoryId()).get(d.classId());
    registered.put(((long) d.factoryId() << 32) | d.classId(), checked);
  }
}
