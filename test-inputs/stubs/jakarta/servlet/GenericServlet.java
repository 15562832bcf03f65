package jakarta.servlet;

/** Stub of the Jakarta servlet API: just what test inputs use. */
public abstract class GenericServlet {
  public void init() {}

  public void destroy() {}
}
