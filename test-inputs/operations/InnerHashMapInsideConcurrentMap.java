import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bug: the outer map is concurrent, but its values are plain HashMaps: two requests for the same
 * user get the same inner map and merge into it at once (and a reader reads it meanwhile).
 */
@RestController
public class InnerHashMapInsideConcurrentMap {
  private final Map<String, Map<String, Integer>> basketByUser = new ConcurrentHashMap<>();

  @PostMapping("/basket/add")
  public void add(@RequestParam("user") String user, @RequestParam("item") String item) {
    basketByUser.computeIfAbsent(user, u -> new HashMap<>()).merge(item, 1, Integer::sum); // expect: UnguardedMapAccess
  }

  @GetMapping("/basket/count")
  public int count(@RequestParam("user") String user, @RequestParam("item") String item) {
    return basketByUser.getOrDefault(user, Map.of()).getOrDefault(item, 0); // expect: UnguardedMapAccess
  }
}
