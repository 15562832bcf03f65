package traps;

import java.util.HashMap;
import java.util.Map;

// Trap: a static lookup table every client shares, filled once by the static initializer (which the
// JVM runs before any client can use the class), through private helpers and a lambda run in place
// (commons-lang3's ArchUtils), and only read afterwards: no client ever writes it.
public final class StaticTableFilledInStaticInitializer {
  private static final Map<String, Integer> PORTS = new HashMap<>();

  static {
    init();
  }

  private static void init() {
    PORTS.put("http", 80);
    addAll(443, "https", "wss");
  }

  private static void addAll(int port, String... schemes) {
    java.util.Arrays.asList(schemes).forEach(s -> add(s, port));
  }

  private static void add(String scheme, int port) {
    if (PORTS.containsKey(scheme)) {
      throw new IllegalStateException(scheme);
    }
    PORTS.put(scheme, port);
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
