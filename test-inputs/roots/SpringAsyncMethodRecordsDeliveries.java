import java.util.EnumMap;
import java.util.Map;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Bug: an @Async method runs on Spring's task executor, several calls at once, and counts
 * deliveries in an EnumMap that the status endpoint reads.
 */
@Service
public class SpringAsyncMethodRecordsDeliveries {
  public enum Channel { EMAIL, SMS, PUSH }

  private final Map<Channel, Integer> delivered = new EnumMap<>(Channel.class);

  @Async
  public void deliver(Channel channel, String recipient) {
    send(channel, recipient);
    delivered.merge(channel, 1, Integer::sum); // expect: UnguardedMapAccess
  }

  public int deliveredVia(Channel channel) {
    return delivered.getOrDefault(channel, 0); // expect: UnguardedMapAccess
  }

  private void send(Channel channel, String recipient) {
    System.out.println(channel + " -> " + recipient);
  }
}
