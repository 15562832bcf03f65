import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Bug: the task is a method reference to another object's method (aggregator::drain); drain()
 * empties the aggregator's map on the executor while accept() adds to it on the caller's thread.
 */
public class MethodRefOtherObjectDrain {
  static final class Aggregator {
    private final Map<String, Double> sums = new HashMap<>();

    void add(String key, double value) {
      sums.merge(key, value, Double::sum); // expect: UnguardedMapAccess
    }

    void drain() {
      System.out.println(sums); // expect: UnguardedMapAccess
      sums.clear(); // expect: UnguardedMapAccess
    }
  }

  private final Aggregator aggregator = new Aggregator();
  private final Executor executor;

  public MethodRefOtherObjectDrain(Executor executor) {
    this.executor = executor;
  }

  public void accept(String key, double value) {
    aggregator.add(key, value);
  }

  public void publish() {
    executor.execute(aggregator::drain);
  }
}
