import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Trap: a static final HashMap filled in the static initialiser (run once, under the class-init
 * lock, before any request) and only read by request threads.
 */
public class StaticInitializerBuiltLookup extends HttpServlet {
  private static final Map<String, Integer> HTTP_CODES = new HashMap<>();

  static {
    HTTP_CODES.put("ok", 200);
    HTTP_CODES.put("created", 201);
    HTTP_CODES.put("missing", 404);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    resp.setStatus(HTTP_CODES.getOrDefault(req.getParameter("kind"), 500));
  }
}
