import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: as in the per-request response, but the last response is kept in a field so that the
 * "last" command can show it again: a pool thread fills a new response while another thread
 * renders the one kept from before, and the pool's next command replaces it.
 */
public class ResponseKeptForTheNextRequest {
  static final class Response {
    private final Map<String, Object> data = new LinkedHashMap<>();

    void put(String key, Object value) {
      data.put(key, value); // expect: UnguardedMapAccess
    }

    String render() {
      StringBuilder out = new StringBuilder();
      for (Map.Entry<String, Object> e : data.entrySet()) { // expect: UnguardedMapAccess "entering at ResponseKeptForTheNextRequest.showLast()"
        out.append(e.getKey()).append('=').append(e.getValue()).append('\n');
      }
      return out.toString();
    }
  }

  private final ExecutorService admin = Executors.newFixedThreadPool(4);
  private volatile Response last = new Response();

  public void serveAsync(String command) {
    admin.execute(() -> System.out.println(run(command)));
  }

  public String showLast() {
    return last.render();
  }

  private String run(String command) {
    Response response = new Response();
    last = response;
    response.put("command", command);
    response.put("time", System.currentTimeMillis());
    return response.render();
  }
}
