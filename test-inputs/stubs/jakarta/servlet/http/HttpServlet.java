package jakarta.servlet.http;

/** Stub of the Jakarta servlet API: just what test inputs use. */
public abstract class HttpServlet extends jakarta.servlet.GenericServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {}

  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {}
}
