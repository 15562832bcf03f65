import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Trap: the initialisation-on-demand holder idiom: the JVM runs the holder's static initialiser
 * once, under the class-init lock, before any thread can read the field.
 */
public class HolderIdiomLazyInit extends HttpServlet {
  private static final class Holder {
    static final Map<String, String> GREETINGS = new HashMap<>();

    static {
      GREETINGS.put("en", "Hello");
      GREETINGS.put("de", "Hallo");
      GREETINGS.put("fr", "Bonjour");
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    String greeting = Holder.GREETINGS.getOrDefault(req.getParameter("lang"), "Hello");
    resp.setStatus(greeting.isEmpty() ? 500 : 200);
  }
}
