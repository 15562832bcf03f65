package javax.servlet.http;

import javax.servlet.GenericServlet;

/** Stub of the servlet API: just what test inputs use. */
public abstract class HttpServlet extends GenericServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {}

  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {}
}
