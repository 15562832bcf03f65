import java.util.TreeMap;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Bug: iterating a descendingMap() view iterates the TreeMap; doGet renders the leaderboard while
 * doPost adds scores on other request threads.
 */
public class DescendingMapForEachIterates extends HttpServlet {
  private final TreeMap<Integer, String> leaderboard = new TreeMap<>();

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    leaderboard.put(Integer.parseInt(req.getParameter("score")), req.getParameter("player")); // expect: UnguardedMapAccess
    resp.setStatus(204);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    StringBuilder sb = new StringBuilder();
    leaderboard.descendingMap().forEach((score, player) -> sb.append(player).append(' ').append(score)); // expect: UnguardedMapAccess
    resp.setStatus(sb.length() == 0 ? 204 : 200);
  }
}
