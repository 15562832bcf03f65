import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Trap: an @Scheduled cleaner and request handlers share a ConcurrentMap; removeIf over its
 * values and computeIfAbsent are safe on a concurrent map.
 */
@Component
public class ScheduledAndHandlerShareConcurrentMap {
  private final ConcurrentMap<String, Long> tokensIssuedAt = new ConcurrentHashMap<>();

  @GetMapping("/token")
  public long issue(@RequestParam("client") String client) {
    return tokensIssuedAt.computeIfAbsent(client, c -> System.currentTimeMillis());
  }

  @Scheduled(fixedDelay = 10_000)
  public void expire() {
    long cutoff = System.currentTimeMillis() - 3_600_000;
    tokensIssuedAt.values().removeIf(t -> t < cutoff);
  }
}
