import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Bug: the Jakarta servlet flavour: doGet runs on many request threads and caches computed
 * results in a HashMap.
 */
public class JakartaServletDoGet extends HttpServlet {
  private final Map<String, Long> primesBelow = new HashMap<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    String n = req.getParameter("n");
    long count = primesBelow.computeIfAbsent(n, k -> (long) Integer.parseInt(k) / 3); // expect: UnguardedMapAccess
    resp.setStatus(count > 0 ? 200 : 404);
  }
}
