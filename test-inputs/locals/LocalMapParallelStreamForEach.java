import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: a local HashMap filled from parallelStream().forEach: the lambda runs on several workers
 * at once. The read after forEach returned is ordered (the terminal operation waits).
 */
public class LocalMapParallelStreamForEach {
  public record Order(String customer, double amount) {}

  public Map<String, Double> revenueByCustomer(List<Order> orders) {
    Map<String, Double> revenue = new HashMap<>();
    orders.parallelStream().forEach(o -> revenue.merge(o.customer(), o.amount(), Double::sum)); // expect: UnguardedMapAccess
    revenue.remove("internal");
    return revenue;
  }
}
