import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Bug: lazy initialisation without a lock in a servlet: two request threads may both see null
 * and build the index, and a third may read the field while another assigns it.
 */
public class LazyInitWithoutSync extends HttpServlet {
  private Map<String, Integer> zipToRegion;

  private Map<String, Integer> index() {
    if (zipToRegion == null) {
      Map<String, Integer> m = new HashMap<>();
      m.put("10115", 1);
      m.put("80331", 2);
      zipToRegion = m; // expect: UnsafeMapPublication
    }
    return zipToRegion;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    Integer region = index().get(req.getParameter("zip"));
    resp.setStatus(region == null ? 404 : 200);
  }
}
