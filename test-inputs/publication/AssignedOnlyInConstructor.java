import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a non-final field assigned only in the constructor (before the object is shared); the
 * pool threads only read it. Assignments in constructors do not count as publication races.
 */
public class AssignedOnlyInConstructor {
  private Map<String, Double> weights;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public AssignedOnlyInConstructor(Map<String, Double> initial) {
    weights = new HashMap<>(initial);
  }

  public void scoreAsync(String feature, double value, ScoreSink sink) {
    pool.execute(() -> sink.accept(feature, value * weights.getOrDefault(feature, 0.0)));
  }

  public interface ScoreSink {
    void accept(String feature, double score);
  }
}
