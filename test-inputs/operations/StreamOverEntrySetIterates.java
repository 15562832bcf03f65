import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bug: a stream over the entry set iterates the map; the scheduled job reports the top offenders
 * while request threads (public methods of the bean) keep counting.
 */
@Component
public class StreamOverEntrySetIterates {
  private final Map<String, Integer> failuresByIp = new HashMap<>();

  public void failed(String ip) {
    failuresByIp.merge(ip, 1, Integer::sum); // expect: UnguardedMapAccess
  }

  @Scheduled(fixedRate = 60_000)
  public void reportTopOffenders() {
    List<String> top = failuresByIp.entrySet().stream() // expect: UnguardedMapAccess
        .filter(e -> e.getValue() > 10)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
    System.out.println("blocking " + top);
  }
}
