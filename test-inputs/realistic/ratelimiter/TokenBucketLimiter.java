import java.util.HashMap;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bug (multi-file): a per-client token-bucket rate limiter. Request threads take tokens through
 * the controller, and an @Scheduled job refills every bucket; the HashMap of buckets has no lock.
 */
@Component
public class TokenBucketLimiter {
  private static final int CAPACITY = 20;
  private final Map<String, Integer> tokensByClient = new HashMap<>();

  public boolean tryAcquire(String clientId) {
    int tokens = tokensByClient.getOrDefault(clientId, CAPACITY); // expect: UnguardedMapAccess
    if (tokens == 0) {
      return false;
    }
    tokensByClient.put(clientId, tokens - 1); // expect: UnguardedMapAccess
    return true;
  }

  @Scheduled(fixedRate = 1_000)
  public void refill() {
    tokensByClient.replaceAll((client, tokens) -> Math.min(CAPACITY, tokens + 5)); // expect: UnguardedMapAccess
    tokensByClient.values().removeIf(t -> t == CAPACITY); // expect: UnguardedMapAccess
  }
}
