package traps;

import java.util.HashMap;
import java.util.Map;

// Trap: a static lookup table every client shares, filled once by the static initializer (which the
// JVM runs before any client can use the class) and only read afterwards: no client ever writes it.
public final class StaticTableFilledInStaticInitializer {
  private static final Map<String, Integer> PORTS = new HashMap<>();

  static {
    PORTS.put("http", 80);
    PORTS.put("https", 443);
  }

  private StaticTableFilledInStaticInitializer() {
  }

  public static int portOf(String scheme) {
    return PORTS.getOrDefault(scheme, -1);
  }

  public static boolean known(String scheme) {
    return PORTS.containsKey(scheme);
  }
}
