import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: every command run makes its own response object (through the command's factory method)
 * and fills its map; the admin pool and the calling thread both run commands, but a response is
 * never stored where another thread could read it: it is rendered into a string and dropped. Two
 * threads never touch one response. (Modelled on ZooKeeper's admin CommandResponse.)
 */
public class ResponsePerRequestOnEachThread {
  static final class Response {
    private final Map<String, Object> data = new LinkedHashMap<>();

    Response(String command) {
      data.put("command", command);
    }

    void put(String key, Object value) {
      data.put(key, value);
    }

    String render() {
      StringBuilder out = new StringBuilder();
      for (Map.Entry<String, Object> e : data.entrySet()) {
        out.append(e.getKey()).append('=').append(e.getValue()).append('\n');
      }
      return out.toString();
    }
  }

  abstract static class Command {
    Response initialResponse() {
      return new Response(name());
    }

    abstract String name();

    abstract Response run(String argument);
  }

  static final class Stat extends Command {
    String name() {
      return "stat";
    }

    Response run(String argument) {
      Response r = initialResponse();
      r.put("uptime", System.nanoTime());
      return r;
    }
  }

  static final class Echo extends Command {
    String name() {
      return "echo";
    }

    Response run(String argument) {
      Response r = initialResponse();
      r.put("echo", argument);
      return r;
    }
  }

  private final Map<String, Command> commands = Map.of("stat", new Stat(), "echo", new Echo());
  private final ExecutorService admin = Executors.newFixedThreadPool(4);

  public void serveAsync(String name, String argument) {
    admin.execute(() -> System.out.println(handle(name, argument)));
  }

  public String serve(String name, String argument) {
    return handle(name, argument);
  }

  private String handle(String name, String argument) {
    Response response = commands.get(name).run(argument);
    return response.render();
  }
}
