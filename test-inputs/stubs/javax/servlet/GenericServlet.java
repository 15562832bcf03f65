package javax.servlet;

/** Stub of the servlet API: just what test inputs use. */
public abstract class GenericServlet {
  public void init() {}

  public void destroy() {}
}
