import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Trap: the container calls init() once, before the servlet serves any request; init() fills
 * the MIME table and doGet only reads it.
 */
public class ServletInitFillsDoGetReads extends HttpServlet {
  private final Map<String, String> mimeByExtension = new HashMap<>();

  @Override
  public void init() {
    mimeByExtension.put("html", "text/html");
    mimeByExtension.put("css", "text/css");
    mimeByExtension.put("js", "application/javascript");
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    String ext = req.getParameter("ext");
    String mime = mimeByExtension.getOrDefault(ext, "application/octet-stream");
    resp.setStatus(mime.startsWith("text/") ? 200 : 415);
  }
}
