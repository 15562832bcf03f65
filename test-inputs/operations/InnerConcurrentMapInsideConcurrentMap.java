import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trap: the safe version of a map of maps: the inner maps are ConcurrentHashMaps too, so
 * concurrent merges into the same user's basket are atomic.
 */
@RestController
public class InnerConcurrentMapInsideConcurrentMap {
  private final Map<String, Map<String, Integer>> basketByUser = new ConcurrentHashMap<>();

  @PostMapping("/basket/add")
  public void add(@RequestParam("user") String user, @RequestParam("item") String item) {
    basketByUser.computeIfAbsent(user, u -> new ConcurrentHashMap<>()).merge(item, 1, Integer::sum);
  }

  @GetMapping("/basket/count")
  public int count(@RequestParam("user") String user, @RequestParam("item") String item) {
    return basketByUser.getOrDefault(user, Map.of()).getOrDefault(item, 0);
  }
}
