package traps;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Trap: a channel factory gets a fresh copy of the configuration from a helper (which takes it from
// the config's own copying accessor), adjusts it, and only then hands it to the builder that its
// I/O thread reads it from. The copy is the factory's own until it is handed on: its puts come
// before the builder, or its thread, can see the map.
public class FactoryCopyFilledBeforeHandedOn {
  static final class Config {
    private final Map<String, Object> values = new HashMap<>();

    Map<String, Object> values() {
      return new HashMap<>(values);
    }
  }

  static final class Builder {
    private final Map<String, Object> configs;
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    Builder(Map<String, Object> configs) {
      this.configs = configs;
    }

    void start() {
      io.execute(() -> System.out.println(configs.get("client.id")));
    }
  }

  public static Builder create(Config config, boolean server) {
    Map<String, Object> configs = channelConfigs(config);
    if (server) {
      Object mechanisms = configs.get("mechanisms");
      configs.put("mode", mechanisms == null ? "plain" : "sasl");
    }
    Builder b = new Builder(configs);
    b.start();
    return b;
  }

  static Map<String, Object> channelConfigs(Config config) {
    Map<String, Object> parsed = config.values();
    parsed.putIfAbsent("client.id", "anonymous");
    return parsed;
  }
}
