import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Expires sessions every minute on its own scheduler thread. */
public class SessionReaper implements AutoCloseable {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  public SessionReaper(SessionStore store) {
    scheduler.scheduleAtFixedRate(() -> {
      int removed = store.expire();
      if (removed > 0) {
        System.out.println("expired " + removed + " sessions");
      }
    }, 1, 1, TimeUnit.MINUTES);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
