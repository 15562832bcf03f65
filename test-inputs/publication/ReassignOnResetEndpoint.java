import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bug: a reset endpoint replaces the limits map with a new immutable one; another request reads
 * the plain field at the same time. Even an immutable map needs a volatile (or final) field to
 * be published safely.
 */
@RestController
public class ReassignOnResetEndpoint {
  private Map<String, Integer> limits = new HashMap<>(Map.of("default", 100));

  @PostMapping("/limits/reset")
  public void reset() {
    limits = Map.of("default", 100); // expect: UnsafeMapPublication
  }

  @GetMapping("/limits")
  public int limit(@RequestParam("tier") String tier) {
    return limits.getOrDefault(tier, 0);
  }
}
