import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the client builds a Batch and hands it to a Sender, whose thread drains it. Batch is
 * documented as not thread-safe, so once the client has handed it over, using it again is the
 * client's mistake, not the library's: the library does not race with itself here. (The twin in
 * roots/ClientInstanceHandedToLibraryThread, whose class makes no such statement, is reported.)
 */
public class NotThreadSafeInstanceHandedToLibrary {
  /**
   * Records waiting to be sent, by key. This class is not thread-safe: fill it on one thread, then
   * hand it to a {@link Sender}.
   */
  public static final class Batch {
    private final Map<String, String> records = new LinkedHashMap<>();

    public void add(String key, String value) {
      records.put(key, value);
    }

    void drainTo(StringBuilder out) {
      for (Map.Entry<String, String> e : records.entrySet()) {
        out.append(e.getKey()).append('=').append(e.getValue()).append('\n');
      }
      records.clear();
    }
  }

  public static final class Sender {
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    public void send(Batch batch) {
      io.execute(() -> {
        StringBuilder wire = new StringBuilder();
        batch.drainTo(wire);
        System.out.print(wire);
      });
    }
  }
}
