import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bug: most accesses are inside synchronized (this), but the removal in logout() was written
 * after the block and runs unguarded on request threads.
 */
@RestController
public class WriteOutsideSynchronizedBlock {
  private final Map<String, String> userBySession = new HashMap<>();

  @PostMapping("/login")
  public void login(@RequestParam("session") String session, @RequestParam("user") String user) {
    synchronized (this) {
      userBySession.put(session, user);
    }
  }

  @PostMapping("/logout")
  public void logout(@RequestParam("session") String session) {
    String user;
    synchronized (this) {
      user = userBySession.get(session);
    }
    System.out.println("logout " + user);
    userBySession.remove(session); // expect: UnguardedMapAccess
  }

  @GetMapping("/whoami")
  public String whoami(@RequestParam("session") String session) {
    synchronized (this) {
      return userBySession.get(session);
    }
  }
}
