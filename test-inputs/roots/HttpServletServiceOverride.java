import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Bug: the servlet overrides service() itself; it runs on every request thread and records the
 * last URI per user agent in a shared HashMap.
 */
public class HttpServletServiceOverride extends HttpServlet {
  private final Map<String, String> lastUriByAgent = new HashMap<>();

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) {
    lastUriByAgent.put(req.getHeader("User-Agent"), req.getRequestURI()); // expect: UnguardedMapAccess
    resp.setStatus(204);
  }
}
