import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Bug: one servlet instance serves every request; doGet runs on many container threads at once
 * and all of them update the same hit-count map.
 */
public class ServletDoGetHitCounter extends HttpServlet {
  private final Map<String, Integer> hitsByPage = new HashMap<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    String page = req.getParameter("page");
    hitsByPage.merge(page, 1, Integer::sum); // expect: UnguardedMapAccess
    resp.setStatus(200);
  }
}
