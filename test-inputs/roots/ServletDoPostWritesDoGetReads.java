import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Bug: doPost stores short links, doGet resolves them; both run on request threads at the same
 * time with no lock.
 */
public class ServletDoPostWritesDoGetReads extends HttpServlet {
  private final Map<String, String> targetBySlug = new HashMap<>();

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    targetBySlug.put(req.getParameter("slug"), req.getParameter("url")); // expect: UnguardedMapAccess
    resp.setStatus(201);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    String target = targetBySlug.get(req.getParameter("slug")); // expect: UnguardedMapAccess
    resp.setStatus(target == null ? 404 : 302);
  }
}
