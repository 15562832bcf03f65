import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of the registration that groups definitions per call, but each group starts from
 * the factory's shared defaults instead of a new map: the outer map is the call's own, the inner
 * maps are not. Two registrations of the same factory, one on a client thread and one on the
 * pool, put into the same default group at once.
 */
public class DefinitionGroupsTakenFromSharedDefaults {
  public record Definition(int factoryId, int classId, String name) {}

  private final Map<Integer, Map<Integer, Definition>> defaults = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public DefinitionGroupsTakenFromSharedDefaults() {
    for (int f = 0; f < 4; f++) {
      defaults.put(f, new HashMap<>());
    }
  }

  public void registerLater(List<Definition> definitions) {
    pool.submit(() -> register(definitions));
  }

  private static <K, V> Map<K, V> newMap(int expected) {
    return new HashMap<>(Math.max(16, expected * 2));
  }

  public void register(List<Definition> definitions) {
    Map<Integer, Map<Integer, Definition>> byFactory = newMap(definitions.size());
    for (Definition d : definitions) {
      byFactory.putIfAbsent(d.factoryId(), defaults.get(d.factoryId()));
      byFactory.get(d.factoryId()).put(d.classId(), d); // expect: UnguardedMapAccess "the maps inside byFactory"
    }
    for (Definition d : definitions) {
      registerOne(d, byFactory);
    }
  }

  private void registerOne(Definition d, Map<Integer, Map<Integer, Definition>> byFactory) {
    byFactory.get(d.factoryId()).get(d.classId());
  }
}
