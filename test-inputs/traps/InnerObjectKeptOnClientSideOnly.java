import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: a Session hands out Handles (inner objects that hold the session), and a HandleCache keeps
 * them, but only clients use the cache: no thread of the library reaches it. The library's Janitor
 * touches a Session of its own on its timer thread. A client's session and its handles stay on the
 * client's side, so the client's put never meets the janitor's.
 */
public class InnerObjectKeptOnClientSideOnly {
  public static final class Session {
    private final Map<String, String> attributes = new HashMap<>();

    public void set(String key, String value) {
      attributes.put(key, value);
    }

    public Handle handle(String key) {
      return new Handle(key);
    }

    public final class Handle {
      private final String key;

      Handle(String key) {
        this.key = key;
      }

      public String value() {
        return attributes.get(key);
      }
    }
  }

  public static final class HandleCache {
    private final List<Session.Handle> handles = new ArrayList<>();

    public void keep(Session.Handle handle) {
      handles.add(handle);
    }

    public int size() {
      return handles.size();
    }
  }

  public static final class Janitor {
    private final Session own = new Session();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
      timer.scheduleAtFixedRate(() -> own.set("last-sweep", String.valueOf(System.nanoTime())),
          1, 1, TimeUnit.MINUTES);
    }
  }
}
