import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bug: a @RestController is a singleton; its @GetMapping and @PostMapping handlers run on many
 * request threads at once and share the carts map.
 */
@RestController
public class SpringRestControllerCart {
  private final Map<String, List<String>> carts = new HashMap<>();

  @PostMapping("/carts/{user}")
  public void add(@PathVariable("user") String user, @RequestBody String sku) {
    carts.computeIfAbsent(user, u -> new ArrayList<>()).add(sku); // expect: UnguardedMapAccess
  }

  @GetMapping("/carts/{user}")
  public List<String> get(@PathVariable("user") String user) {
    return carts.getOrDefault(user, List.of()); // expect: UnguardedMapAccess
  }
}
