import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a handler's constructor passes {@code this} to a sanity check (the wrapped handler must not
 * be the wrapper itself) and then fills its table of content types. The check only compares, it
 * keeps nothing, so nobody can reach the handler until the server is given it; request threads
 * then only read the table. A checker that counts every {@code this} handed out of a constructor
 * as a registration takes the constructor's puts for writes other threads can see.
 */
public class HandlerChecksItselfThenFillsItsTable {
  public interface Handler {
    String handle(String path);
  }

  static final class Wrappers {
    static Handler checkNotSelf(Handler wrapper, Handler wrapped) {
      if (wrapper == wrapped) throw new IllegalArgumentException("a handler cannot wrap itself");
      return wrapped;
    }
  }

  public static final class ContentTypeHandler implements Handler {
    private final Handler next;
    private final Map<String, String> typesBySuffix = new TreeMap<>();

    public ContentTypeHandler(Handler next, Map<String, String> types) {
      this.next = Wrappers.checkNotSelf(this, next);
      for (Map.Entry<String, String> e : types.entrySet()) {
        typesBySuffix.put(e.getKey(), e.getValue());
      }
    }

    @Override
    public String handle(String path) {
      int dot = path.lastIndexOf('.');
      String type = dot < 0 ? null : typesBySuffix.get(path.substring(dot + 1));
      return type != null ? type : next.handle(path);
    }
  }

  private final ExecutorService requests = Executors.newFixedThreadPool(8);
  private volatile Handler handler = path -> "application/octet-stream";

  public void install(Map<String, String> types) {
    handler = new ContentTypeHandler(handler, types);
  }

  public void serve(String path) {
    requests.execute(() -> System.out.println(handler.handle(path)));
  }
}
