import java.util.Hashtable;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Trap: java.util.Hashtable synchronizes every method; request threads use only single
 * operations on it.
 */
public class HashtableSingleOperations extends HttpServlet {
  private final Map<String, Integer> downloads = new Hashtable<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    downloads.merge(req.getParameter("file"), 1, Integer::sum);
    resp.setStatus(200);
  }
}
