// requires-jdk: 21
import java.util.HashMap;
import java.util.Map;

/**
 * Trap: a virtual thread fills a local map and the caller reads it after join().
 */
public class VirtualThreadJoinThenRead {
  public Map<String, Integer> measure(String[] hosts, Pinger pinger) throws InterruptedException {
    Map<String, Integer> rtt = new HashMap<>();
    Thread t = Thread.ofVirtual().start(() -> {
      for (String h : hosts) {
        rtt.put(h, pinger.ping(h));
      }
    });
    t.join();
    rtt.values().removeIf(v -> v < 0);
    return rtt;
  }

  public interface Pinger {
    int ping(String host);
  }
}
