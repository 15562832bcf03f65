import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trap: fields holding Collections.unmodifiableMap (of a map nobody else keeps), Map.copyOf and
 * Map.of results: read-only maps that request threads can share.
 */
@RestController
public class UnmodifiableAndCopyOfFields {
  private static final Map<String, String> ALIASES = Map.of("nyc", "New York", "sf", "San Francisco");
  private final Map<String, Integer> population;
  private final Map<String, String> timezones;

  public UnmodifiableAndCopyOfFields(Map<String, Integer> census) {
    this.population = Map.copyOf(census);
    Map<String, String> tz = new HashMap<>();
    tz.put("New York", "America/New_York");
    tz.put("San Francisco", "America/Los_Angeles");
    this.timezones = Collections.unmodifiableMap(tz);
  }

  @GetMapping("/city")
  public String describe(@RequestParam("name") String name) {
    String city = ALIASES.getOrDefault(name, name);
    return city + " " + population.get(city) + " " + timezones.get(city);
  }
}
