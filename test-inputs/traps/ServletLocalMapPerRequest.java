import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Trap: each doPost call builds its own map in a local variable; concurrent requests never see
 * each other's map.
 */
public class ServletLocalMapPerRequest extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    Map<String, String> form = new HashMap<>();
    for (String field : new String[] {"name", "email", "phone"}) {
      String value = req.getParameter(field);
      if (value != null) {
        form.put(field, value.trim());
      }
    }
    resp.setStatus(validate(form) ? 200 : 400);
  }

  private static boolean validate(Map<String, String> form) {
    return form.containsKey("name") && form.getOrDefault("email", "").contains("@");
  }
}
