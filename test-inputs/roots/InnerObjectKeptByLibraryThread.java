import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: the twin of traps/InnerObjectKeptOnClientSideOnly whose Watcher keeps the Handles clients
 * give it and reads them on its timer thread: a Handle holds its Session, so the watcher reads the
 * client's session map while the client keeps writing it.
 */
public class InnerObjectKeptByLibraryThread {
  public static final class Session {
    private final Map<String, String> attributes = new HashMap<>();

    public void set(String key, String value) {
      attributes.put(key, value); // expect: UnguardedMapAccess
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
        return attributes.get(key); // expect: UnguardedMapAccess
      }
    }
  }

  public static final class Watcher {
    private final List<Session.Handle> watched = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void watch(Session.Handle handle) {
      watched.add(handle);
    }

    public void start() {
      timer.scheduleAtFixedRate(() -> {
        for (Session.Handle h : watched) System.out.println(h.value());
      }, 1, 1, TimeUnit.MINUTES);
    }
  }
}
