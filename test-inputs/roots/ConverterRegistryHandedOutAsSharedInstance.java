import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Bug: a conversion service hands out one shared instance ({@code getSharedInstance()}, lazily
 * made behind a volatile field), and every client that gets it may register converters while
 * others look them up. The converters live in a plain map of a helper the service holds, and
 * nothing locks it: a registration on one thread can corrupt the map another thread reads.
 * Modelled on a framework's default conversion service.
 */
public class ConverterRegistryHandedOutAsSharedInstance {
  private static volatile ConverterRegistryHandedOutAsSharedInstance sharedInstance;

  private final Converters converters = new Converters();

  public static ConverterRegistryHandedOutAsSharedInstance getSharedInstance() {
    ConverterRegistryHandedOutAsSharedInstance service = sharedInstance;
    if (service == null) {
      synchronized (ConverterRegistryHandedOutAsSharedInstance.class) {
        service = sharedInstance;
        if (service == null) {
          service = new ConverterRegistryHandedOutAsSharedInstance();
          sharedInstance = service;
        }
      }
    }
    return service;
  }

  public void addConverter(Class<?> source, Class<?> target, Function<Object, Object> converter) {
    converters.add(source.getName() + "->" + target.getName(), converter);
  }

  public Object convert(Object value, Class<?> target) {
    Function<Object, Object> converter = converters.find(value.getClass().getName() + "->" + target.getName());
    return converter == null ? value : converter.apply(value);
  }

  private static final class Converters {
    private final Map<String, Deque<Function<Object, Object>>> byPair = new LinkedHashMap<>();

    void add(String pair, Function<Object, Object> converter) {
      byPair.computeIfAbsent(pair, k -> new ArrayDeque<>()).addFirst(converter); // expect: UnguardedMapAccess "a field of the object ConverterRegistryHandedOutAsSharedInstance.sharedInstance holds"
    }

    Function<Object, Object> find(String pair) {
      Deque<Function<Object, Object>> candidates = byPair.get(pair); // expect: UnguardedMapAccess
      return candidates == null ? null : candidates.peekFirst();
    }
  }
}
