package javax.servlet.http;

import java.io.IOException;
import javax.servlet.GenericServlet;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/** Stub of the servlet API: just what test inputs use. */
public abstract class HttpServlet extends GenericServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {}

  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {}

  protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {}

  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {}

  protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {}

  @Override
  public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
    service((HttpServletRequest) req, (HttpServletResponse) res);
  }
}
