import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trap: the request handlers themselves are synchronized methods of the singleton controller, so
 * the requests serialize on its monitor around every map access.
 */
@RestController
public class SynchronizedHandlerMethods {
  private final Map<String, String> nicknames = new HashMap<>();

  @PostMapping("/nick")
  public synchronized void set(@RequestParam("user") String user, @RequestParam("nick") String nick) {
    nicknames.put(user, nick);
  }

  @GetMapping("/nick")
  public synchronized String get(@RequestParam("user") String user) {
    return nicknames.getOrDefault(user, user);
  }
}
