import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Trap: the servlet's map is only touched inside synchronized blocks on the same monitor. */
public class HitCounterServlet extends HttpServlet {
  private final Map<String, Integer> hits = new HashMap<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    int n;
    synchronized (hits) {
      n = hits.merge(req.getRequestURI(), 1, Integer::sum);
    }
    resp.getWriter().println(n);
  }
}
