import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bug: on shutdown, a hook detaches the live handler ({@code setHandler(null)}, which starts
 * nothing) and then installs a maintenance handler, and
 * {@code setHandler} starts a handler it is given ({@code if (handler != null) manage(handler);}).
 * Starting fills the maintenance connector's protocol table on the shutdown thread while request
 * threads already look protocols up in it. The twin of the trap
 * {@code traps/HandlerDetachedWithNullOnShutdown}, where the hook passes null and starts nothing.
 */
public class MaintenanceHandlerStartedByShutdownHook {
  interface Handler {
    void start();

    void destroy();
  }

  public static final class Connector implements Handler {
    private final Map<String, String> protocols = new LinkedHashMap<>();

    @Override
    public void start() {
      protocols.put("http/1.1", "HttpConnectionFactory"); // expect: UnguardedMapAccess "Path: lambda@66 -> showMaintenancePage() -> setHandler(..) -> manage(..) -> start()"
    }

    @Override
    public void destroy() {
    }

    public String factoryFor(String protocol) {
      return protocols.get(protocol); // expect: UnguardedMapAccess
    }
  }

  public static final class SwapHandler implements Handler {
    private volatile Handler handler;

    public void setHandler(Handler handler) {
      Handler old = this.handler;
      if (handler != null) {
        manage(handler);
      }
      this.handler = handler;
      if (old != null) old.destroy();
    }

    private void manage(Handler h) {
      h.start();
    }

    @Override
    public void start() {
    }

    @Override
    public void destroy() {
      setHandler(null);
    }
  }

  private final SwapHandler root = new SwapHandler();
  private final Connector maintenance = new Connector();

  public void installShutdownHook() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      root.setHandler(null);
      showMaintenancePage();
    }));
  }

  private void showMaintenancePage() {
    root.setHandler(maintenance);
  }

  public String protocolFactory(String protocol) {
    return maintenance.factoryFor(protocol);
  }
}
