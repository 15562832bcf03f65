package javax.servlet.http;

/** Stub of the servlet API: just what test inputs use. */
public abstract class HttpServlet {
  public void init() {}

  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {}

  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {}
}
