import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trap: the map is filled before the threads start, the threads only read it, and the caller
 * joins every thread in a loop before writing again. After the join loop every thread is done.
 */
public class LocalMapJoinAllInLoop {
  public Map<String, Double> convert(List<Double> amounts, Map<String, Double> fx) throws InterruptedException {
    Map<String, Double> rates = new HashMap<>(fx);
    rates.putIfAbsent("EUR", 1.0);
    List<Thread> threads = new ArrayList<>();
    for (double amount : amounts) {
      Thread t = new Thread(() -> System.out.println(amount * rates.getOrDefault("USD", 1.0)));
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    rates.clear();
    return rates;
  }
}
