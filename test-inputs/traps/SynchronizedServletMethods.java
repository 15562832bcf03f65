import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Trap: doGet and doPost are synchronized on the one servlet instance; every access to the
 * guestbook map holds that monitor.
 */
public class SynchronizedServletMethods extends HttpServlet {
  private final Map<String, String> guestbook = new LinkedHashMap<>();

  @Override
  protected synchronized void doPost(HttpServletRequest req, HttpServletResponse resp) {
    guestbook.put(req.getParameter("name"), req.getParameter("message"));
    resp.setStatus(201);
  }

  @Override
  protected synchronized void doGet(HttpServletRequest req, HttpServletResponse resp) {
    StringBuilder sb = new StringBuilder();
    guestbook.forEach((n, m) -> sb.append(n).append(": ").append(m).append('\n'));
    resp.setStatus(sb.length() > 0 ? 200 : 204);
  }
}
