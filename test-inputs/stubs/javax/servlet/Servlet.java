package javax.servlet;

/** Stub of the servlet API: just what test inputs use. */
public interface Servlet {
  void init(ServletConfig config) throws ServletException;

  void service(ServletRequest req, ServletResponse res) throws ServletException, java.io.IOException;

  void destroy();
}
