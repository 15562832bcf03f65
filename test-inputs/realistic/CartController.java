import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bug: a singleton controller keeps carts in a HashMap; requests run on many threads. */
@RestController
public class CartController {
  private final Map<String, List<String>> carts = new HashMap<>();

  @PostMapping("/carts/{id}")
  public void add(@PathVariable String id, @RequestBody String item) {
    carts.computeIfAbsent(id, k -> new ArrayList<>()).add(item); // expect: UnguardedMapAccess
  }

  @GetMapping("/carts/{id}")
  public List<String> get(@PathVariable String id) {
    return carts.getOrDefault(id, List.of()); // expect: UnguardedMapAccess
  }
}
