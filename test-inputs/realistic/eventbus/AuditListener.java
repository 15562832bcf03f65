import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires listeners onto the bus from a startup thread and publishes from request code. */
public class AuditListener {
  private final EventBus bus = new EventBus(Executors.newFixedThreadPool(4));
  private final ExecutorService startup = Executors.newSingleThreadExecutor();

  public void register() {
    startup.execute(() -> {
      bus.subscribe("login", e -> System.out.println("audit login " + e));
      bus.subscribe("logout", e -> System.out.println("audit logout " + e));
    });
  }

  public void onLogin(String user) {
    bus.publishAsync("login", user);
  }

  public void onShutdown() {
    bus.unsubscribeAll("login");
  }
}
