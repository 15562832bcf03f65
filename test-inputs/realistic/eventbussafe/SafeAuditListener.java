import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Registers listeners from a startup thread and publishes from request code. */
public class SafeAuditListener {
  private final CopyOnWriteEventBus bus = new CopyOnWriteEventBus(Executors.newFixedThreadPool(4));
  private final ExecutorService startup = Executors.newSingleThreadExecutor();

  public void register() {
    startup.execute(() -> bus.subscribe("login", e -> System.out.println("audit " + e)));
  }

  public void onLogin(String user) {
    bus.publishAsync("login", user);
  }
}
