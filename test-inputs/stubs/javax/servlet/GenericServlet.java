package javax.servlet;

/** Stub of the servlet API: just what test inputs use. */
public abstract class GenericServlet implements Servlet, ServletConfig {
  private ServletConfig config;

  @Override
  public void init(ServletConfig config) throws ServletException {
    this.config = config;
    init();
  }

  public void init() throws ServletException {}

  @Override
  public String getInitParameter(String name) {
    return config == null ? null : config.getInitParameter(name);
  }

  @Override
  public abstract void service(ServletRequest req, ServletResponse res)
      throws ServletException, java.io.IOException;

  @Override
  public void destroy() {}
}
