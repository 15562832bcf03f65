import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: RecordingConfig is a HashMap whose get also notes the key in a concurrent set. Its
 * constructor's third argument, {@code true}, says whether to record, not LinkedHashMap's access
 * order: a get on it only reads the map, so the pool's workers and the clients may all read the
 * settings at once (the map is filled before it is published and never written again).
 */
public class SubclassFlagIsNotAccessOrder {
  static final class RecordingConfig extends HashMap<String, String> {
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final boolean recording;

    RecordingConfig(Map<String, String> values, String prefix, boolean recording) {
      super(values);
      this.recording = recording;
    }

    @Override
    public String get(Object key) {
      if (recording && key instanceof String k) used.add(k);
      return super.get(key);
    }
  }

  private final Map<String, String> settings;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  public SubclassFlagIsNotAccessOrder(Map<String, String> values) {
    this.settings = new RecordingConfig(values, "app.", true);
  }

  public void handle(String request) {
    workers.execute(() -> System.out.println(request + " " + settings.get("greeting")));
  }

  public String setting(String key) {
    return settings.get(key);
  }
}
