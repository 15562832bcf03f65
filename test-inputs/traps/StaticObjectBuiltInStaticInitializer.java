package traps;

import java.util.HashMap;
import java.util.Map;

// Trap: a registry object held in a static field, filled by the static initializer through its own
// methods and only read afterwards by the clients: the JVM finishes the initializer before any
// client can call lookup(), so no client ever writes its map.
public final class StaticObjectBuiltInStaticInitializer {
  static final class Registry {
    private final Map<String, String> types = new HashMap<>();

    void register(String ext, String type) {
      types.put(ext, type);
    }

    String typeOf(String ext) {
      return types.get(ext);
    }
  }

  private static final Registry REGISTRY = new Registry();

  static {
    REGISTRY.register("html", "text/html");
    REGISTRY.register("json", "application/json");
  }

  private StaticObjectBuiltInStaticInitializer() {
  }

  public static String lookup(String ext) {
    return REGISTRY.typeOf(ext);
  }
}
