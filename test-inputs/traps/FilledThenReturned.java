import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: each event is created, filled and returned by a factory method, then only read, also by
 * a pool thread; and a copy made by super.clone() gets its own map before anyone else sees it.
 * Every write happens while the object is still the creating method's alone: no race.
 */
public class FilledThenReturned {
  static final class Event implements Cloneable {
    private Map<String, String> fields = new LinkedHashMap<>();

    void put(String key, String value) {
      fields.put(key, value);
    }

    String get(String key) {
      return fields.get(key);
    }

    @Override
    public Event clone() {
      try {
        Event copy = (Event) super.clone();
        copy.fields = new LinkedHashMap<>();
        copy.fields.putAll(fields);
        return copy;
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Map<String, Event> published = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  static Event create(String user, String operation) {
    Event event = new Event();
    event.put("user", user);
    event.put("operation", operation);
    return event;
  }

  public void record(String id, String user) {
    published.put(id, create(user, "login"));
    pool.execute(() -> {
      Event e = published.get(id);
      if (e != null) System.out.println(e.get("user") + " " + e.clone().get("operation"));
    });
  }

  public String userOf(String id) {
    Event e = published.get(id);
    return e == null ? null : e.get("user");
  }
}
