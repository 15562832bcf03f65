import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: a gauge registers itself with the library's publisher when it is made, and the publisher's
 * thread reads every registered gauge. A client that updates its own gauge writes a map the
 * publisher's thread iterates: handing {@code this} to the registry shared the object.
 */
public class ClientInstanceRegistersItself {
  public static final class Gauge {
    private final Map<String, Double> valuesByTag = new HashMap<>();

    public Gauge(Publisher publisher) {
      publisher.gauges.add(this);
    }

    public void update(String tag, double value) {
      valuesByTag.put(tag, value); // expect: UnguardedMapAccess
    }

    double total() {
      double sum = 0;
      for (double v : valuesByTag.values()) sum += v; // expect: UnguardedMapAccess
      return sum;
    }
  }

  public static final class Publisher {
    private final List<Gauge> gauges = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
      timer.scheduleAtFixedRate(this::publish, 10, 10, TimeUnit.SECONDS);
    }

    private void publish() {
      for (Gauge g : gauges) System.out.println(g.total());
    }
  }
}
