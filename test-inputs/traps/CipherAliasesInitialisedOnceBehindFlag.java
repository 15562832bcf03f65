import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trap: lazy initialisation behind a volatile flag. The static alias tables are filled once, in a
 * synchronized init() that returns at once when the flag is set and sets it as its last step;
 * every public lookup checks the flag first and calls init() when it is not set. A lookup that
 * saw the flag set sees every put made before it was set; one that did not runs init() itself
 * (waiting for the lock, then finding the flag set). Modelled on a TLS cipher-name parser.
 */
public final class CipherAliasesInitialisedOnceBehindFlag {
  private static volatile boolean initialized = false;
  private static final Map<String, List<String>> aliases = new LinkedHashMap<>();
  private static final Map<String, String> javaToOpenSsl = new HashMap<>();

  private CipherAliasesInitialisedOnceBehindFlag() {}

  private static synchronized void init() {
    if (initialized) {
      return;
    }
    for (String[] c : new String[][] {{"TLS_AES_128_GCM_SHA256", "AES128-GCM"},
        {"TLS_AES_256_GCM_SHA384", "AES256-GCM"}}) {
      javaToOpenSsl.put(c[0], c[1]);
      addAlias(c[1], List.of(c[0]));
    }
    addAlias("HIGH", new ArrayList<>(javaToOpenSsl.keySet()));
    initialized = true;
  }

  static void addAlias(String alias, List<String> ciphers) {
    aliases.put(alias, ciphers);
  }

  public static List<String> parse(String expression) {
    if (!initialized) {
      init();
    }
    return expand(expression);
  }

  private static List<String> expand(String expression) {
    List<String> out = new ArrayList<>();
    for (String part : expression.split(":")) {
      List<String> ciphers = aliases.get(part);
      if (ciphers != null) out.addAll(ciphers);
    }
    return out;
  }

  public static String toOpenSsl(String javaName) {
    if (!initialized) {
      init();
    }
    return javaToOpenSsl.get(javaName);
  }
}
