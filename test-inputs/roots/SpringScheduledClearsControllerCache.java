import java.util.HashMap;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Bug: an @Scheduled method empties the exchange-rate cache on the scheduler thread while
 * @GetMapping handlers fill and read it on request threads.
 */
@Component
public class SpringScheduledClearsControllerCache {
  private final Map<String, Double> rates = new HashMap<>();
  private final RateSource source;

  public SpringScheduledClearsControllerCache(RateSource source) {
    this.source = source;
  }

  @GetMapping("/rate")
  public double rate(@RequestParam("pair") String pair) {
    return rates.computeIfAbsent(pair, source::fetch); // expect: UnguardedMapAccess
  }

  @Scheduled(fixedRate = 60_000)
  public void expire() {
    rates.clear(); // expect: UnguardedMapAccess
  }

  public interface RateSource {
    double fetch(String pair);
  }
}
