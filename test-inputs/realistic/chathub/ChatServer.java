import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/** Starts the HTTP server with a pool of handler threads. */
public class ChatServer {
  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.createContext("/chat", new ChatHub());
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }
}
