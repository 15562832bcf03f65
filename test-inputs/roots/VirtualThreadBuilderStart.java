// requires-jdk: 21
// known-gap: misses the put before the spawn (seen on JDK 25): a field access before Thread.ofVirtual().start in the same entry method is taken as ordered before the task, but dispatch() runs again while earlier virtual threads still remove entries
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
