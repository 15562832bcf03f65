import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadFactory;

/**
 * Bug: a thread made by a ThreadFactory and started later writes the connection table while the
 * caller reads it.
 */
public class ThreadFactoryNewThread {
  private final Map<Integer, String> clientsByPort = new HashMap<>();
  private final ThreadFactory factory;

  public ThreadFactoryNewThread(ThreadFactory factory) {
    this.factory = factory;
  }

  public void accept(int port, String client) {
    Thread t = factory.newThread(() -> clientsByPort.put(port, client)); // expect: UnguardedMapAccess
    t.start();
  }

  public String client(int port) {
    return clientsByPort.get(port); // expect: UnguardedMapAccess
  }
}
