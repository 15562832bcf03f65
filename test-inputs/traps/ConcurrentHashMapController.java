import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trap: request handlers share a ConcurrentHashMap and use only its single atomic operations.
 */
@RestController
public class ConcurrentHashMapController {
  private final Map<String, String> notes = new ConcurrentHashMap<>();

  @PutMapping("/notes/{id}")
  public void put(@PathVariable("id") String id, @RequestBody String text) {
    notes.put(id, text);
  }

  @GetMapping("/notes/{id}")
  public String get(@PathVariable("id") String id) {
    return notes.getOrDefault(id, "");
  }

  @DeleteMapping("/notes/{id}")
  public void delete(@PathVariable("id") String id) {
    notes.remove(id);
  }
}
