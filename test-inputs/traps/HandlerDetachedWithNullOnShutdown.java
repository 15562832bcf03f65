import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trap: a shutdown hook takes the handler tree apart. {@code destroy()} detaches the child with
 * {@code setHandler(null)}, and {@code setHandler} starts a handler only when it is given one
 * ({@code if (handler != null) manage(handler);}); it also drops the error handler with
 * {@code setErrorHandler(null)}, which passes the null on to {@code updateBean(old, handler)},
 * where {@code if (newBean == null) return;} comes before the start. So the shutdown thread never
 * starts a connector: the connector's protocol table is filled only when a handler is installed
 * and started by the thread that configures the server, before requests arrive. Modelled on a web
 * server's hot-swap handler, its bean container and its shutdown service.
 */
public class HandlerDetachedWithNullOnShutdown {
  interface Handler {
    void start();

    void destroy();
  }

  public static final class Connector implements Handler {
    private final Map<String, String> protocols = new LinkedHashMap<>();
    private boolean started;

    @Override
    public void start() {
      protocols.put("http/1.1", "HttpConnectionFactory");
      protocols.put("h2c", "HTTP2CServerConnectionFactory");
      started = true;
    }

    @Override
    public void destroy() {
      started = false;
    }

    public String factoryFor(String protocol) {
      return protocols.get(protocol);
    }
  }

  public static final class SwapHandler implements Handler {
    private volatile Handler handler;
    private volatile Handler errorHandler;

    public void setErrorHandler(Handler errorHandler) {
      updateBean(this.errorHandler, errorHandler);
      this.errorHandler = errorHandler;
    }

    private void updateBean(Handler oldBean, Handler newBean) {
      if (oldBean != null) {
        oldBean.destroy();
      }
      if (newBean == null || newBean == oldBean) {
        return;
      }
      manage(newBean);
    }

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
      Handler child = handler;
      if (child != null) {
        setHandler(null);
        child.destroy();
      }
      setErrorHandler(null);
    }
  }

  private final SwapHandler root = new SwapHandler();

  public void installShutdownHook() {
    Runtime.getRuntime().addShutdownHook(new Thread(root::destroy));
  }

  public void configure(Connector connector, Connector errors) {
    root.setHandler(connector);
    root.setErrorHandler(errors);
  }
}
