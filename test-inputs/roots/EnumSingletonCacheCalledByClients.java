import java.util.HashMap;
import java.util.Map;

/**
 * Bug: an enum singleton caching with a plain HashMap (the shape of DATAJPA-620's
 * CrudMethodMetadataPostProcessor): there is one instance for the whole JVM, so every client
 * thread that asks at the same time runs the check-then-put on the same map.
 */
public enum EnumSingletonCacheCalledByClients {
  INSTANCE;

  private final Map<Class<?>, String> names = new HashMap<>();

  public String nameOf(Class<?> type) {
    String name = names.get(type); // expect: UnguardedMapAccess
    if (name == null) {
      name = type.getSimpleName();
      names.put(type, name); // expect: UnguardedMapAccess
    }
    return name;
  }
}
