import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Trap: the Jakarta servlet flavour of init(): runs once before requests; doGet only reads.
 */
public class JakartaServletInitFills extends HttpServlet {
  private final Map<String, Integer> redirectCodes = new HashMap<>();

  @Override
  public void init() {
    redirectCodes.put("moved", 301);
    redirectCodes.put("found", 302);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    resp.setStatus(redirectCodes.getOrDefault(req.getParameter("kind"), 302));
  }
}
