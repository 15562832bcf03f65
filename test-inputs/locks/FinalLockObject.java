import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trap: a private final lock object guards the map in every request handler.
 */
@RestController
public class FinalLockObject {
  private final Object lock = new Object();
  private final Map<String, Integer> votes = new HashMap<>();

  @PostMapping("/vote")
  public void vote(@RequestParam("option") String option) {
    synchronized (lock) {
      votes.merge(option, 1, Integer::sum);
    }
  }

  @GetMapping("/results")
  public String results() {
    synchronized (lock) {
      return votes.toString();
    }
  }
}
