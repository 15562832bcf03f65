import com.google.errorprone.annotations.concurrent.LazyInit;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Trap: the racy single-check idiom, declared as intended with Error Prone's {@code @LazyInit}: two
 * request threads may both build the index, but each builds the same immutable map, and a
 * reader sees either null (and builds it again) or a complete map. The author says the race is
 * benign; twin of publication/LazyInitWithoutSync, whose index is a HashMap and unannotated.
 */
public class LazyInitAnnotatedImmutableIndex extends HttpServlet {
  @LazyInit private Map<String, Integer> zipToRegion;

  private Map<String, Integer> index() {
    Map<String, Integer> index = zipToRegion;
    if (index == null) {
      index = Map.of("10115", 1, "80331", 2);
      zipToRegion = index;
    }
    return index;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    Integer region = index().get(req.getParameter("zip"));
    resp.setStatus(region == null ? 404 : 200);
  }
}
