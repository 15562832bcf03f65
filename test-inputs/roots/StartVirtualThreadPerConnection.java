// requires-jdk: 21
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: Thread.startVirtualThread in a loop: one virtual thread per connection, all of them
 * writing the same byte-count map at once.
 */
public class StartVirtualThreadPerConnection {
  private final Map<String, Long> bytesByPeer = new HashMap<>();

  public void serve(List<Connection> connections) {
    for (Connection c : connections) {
      Thread.startVirtualThread(() -> {
        long n = c.drain();
        bytesByPeer.merge(c.peer(), n, Long::sum); // expect: UnguardedMapAccess
      });
    }
  }

  public interface Connection {
    String peer();

    long drain();
  }
}
