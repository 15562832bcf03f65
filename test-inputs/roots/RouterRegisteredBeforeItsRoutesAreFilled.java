import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: a Router subscribes itself to the bus in its constructor and only then fills its routes.
 * The bus delivers on its dispatcher thread, which may already call onMessage (reading routes)
 * while the constructor is still putting into the HashMap: the object is visible before it is
 * built. Subscribing after the routes are filled (or a final map built first) fixes it.
 */
public class RouterRegisteredBeforeItsRoutesAreFilled {
  public interface Subscriber {
    void onMessage(String topic, String body);
  }

  public static final class Bus {
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor();

    public void subscribe(Subscriber s) {
      subscribers.add(s);
    }

    public void publish(String topic, String body) {
      dispatcher.execute(() -> {
        for (Subscriber s : subscribers) s.onMessage(topic, body);
      });
    }
  }

  public static final class Router implements Subscriber {
    private final Map<String, String> routes = new HashMap<>();

    public Router(Bus bus, Map<String, String> config) {
      bus.subscribe(this);
      for (Map.Entry<String, String> e : config.entrySet()) {
        routes.put(e.getKey(), e.getValue()); // expect: UnguardedMapAccess
      }
    }

    @Override
    public void onMessage(String topic, String body) {
      String target = routes.get(topic); // expect: UnguardedMapAccess
      if (target != null) System.out.println(target + " <- " + body);
    }
  }
}
