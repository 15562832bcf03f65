import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Request threads create and check sessions; a scheduler thread expires them. */
public class SafeLoginServlet extends HttpServlet {
  private final SafeSessionStore store = new SafeSessionStore(Clock.systemUTC(), 30 * 60_000L);
  private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor();

  @Override
  public void init() {
    reaper.scheduleAtFixedRate(store::expire, 1, 1, TimeUnit.MINUTES);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    store.create(req.getParameter("user"));
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
