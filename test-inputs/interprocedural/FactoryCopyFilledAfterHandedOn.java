package interprocedural;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Bug: the twin of traps/FactoryCopyFilledBeforeHandedOn that adds a setting after the builder's
// I/O thread has started reading the copy: the put races with the thread's get.
public class FactoryCopyFilledAfterHandedOn {
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
      io.execute(() -> System.out.println(configs.get("client.id"))); // expect: UnguardedMapAccess
    }
  }

  public static Builder create(Config config) {
    Map<String, Object> configs = config.values();
    Builder b = new Builder(configs);
    b.start();
    configs.put("started", Boolean.TRUE); // expect: UnguardedMapAccess
    return b;
  }
}
