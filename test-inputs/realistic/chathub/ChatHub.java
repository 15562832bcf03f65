import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Bug (multi-file): a chat hub served by the JDK's HttpServer. handle() runs on the server's
 * executor threads at once: joins, leaves and broadcasts all touch the same room map.
 */
public class ChatHub implements HttpHandler {
  private final Map<String, StringBuilder> inboxByUser = new HashMap<>();

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String user = exchange.getRequestURI().getQuery();
    String reply;
    if (path.endsWith("/join")) {
      inboxByUser.putIfAbsent(user, new StringBuilder()); // expect: UnguardedMapAccess
      reply = "joined";
    } else if (path.endsWith("/leave")) {
      inboxByUser.remove(user); // expect: UnguardedMapAccess
      reply = "left";
    } else {
      broadcast(user + ": " + path.substring(path.lastIndexOf('/') + 1));
      reply = "sent";
    }
    byte[] body = reply.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void broadcast(String message) {
    for (StringBuilder inbox : inboxByUser.values()) { // expect: UnguardedMapAccess
      inbox.append(message).append('\n');
    }
  }
}
