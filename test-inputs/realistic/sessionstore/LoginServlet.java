import java.time.Clock;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Logs users in and validates session cookies; one instance serves all request threads. */
public class LoginServlet extends HttpServlet {
  private final SessionStore store = new SessionStore(Clock.systemUTC(), 30 * 60_000L);
  private final SessionReaper reaper = new SessionReaper(store);

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    String user = req.getParameter("user");
    if (user == null || user.isBlank()) {
      resp.setStatus(400);
      return;
    }
    store.create(user);
    resp.setStatus(201);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    String id = req.getParameter("session");
    if (store.find(id).isPresent()) {
      store.touch(id);
      resp.setStatus(200);
    } else {
      resp.setStatus(401);
    }
  }
}
