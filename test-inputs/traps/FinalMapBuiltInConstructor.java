import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a final field holding a map built completely in the constructor and never changed
 * afterwards; the pool tasks only read it (final-field semantics publish it safely).
 */
public class FinalMapBuiltInConstructor {
  private final Map<String, Integer> httpStatusByName;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public FinalMapBuiltInConstructor(List<String> names) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      m.put(names.get(i), 200 + i);
    }
    m.put("NOT_FOUND", 404);
    httpStatusByName = m;
  }

  public void logAsync(String name) {
    pool.execute(() -> System.out.println(name + " = " + httpStatusByName.get(name)));
  }

  public int status(String name) {
    return httpStatusByName.getOrDefault(name, 500);
  }
}
