// requires-jdk: 21
import java.util.HashMap;
import java.util.Map;

/**
 * Bug: Thread.ofVirtual().start(...) removes a finished request from the in-flight table on a
 * virtual thread while the caller adds and counts in-flight requests.
 */
public class VirtualThreadBuilderStart {
  private final Map<Long, String> inFlight = new HashMap<>();

  public void dispatch(long requestId, String target, Transport transport) {
    inFlight.put(requestId, target); // expect: UnguardedMapAccess
    Thread.ofVirtual().name("req-" + requestId).start(() -> {
      transport.send(target);
      inFlight.remove(requestId); // expect: UnguardedMapAccess
    });
  }

  public int inFlightCount() {
    return inFlight.size(); // expect: UnguardedMapAccess
  }

  public interface Transport {
    void send(String target);
  }
}
