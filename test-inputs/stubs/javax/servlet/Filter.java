package javax.servlet;

/** Stub of the servlet API: just what test inputs use. */
public interface Filter {
  default void init(FilterConfig filterConfig) throws ServletException {}

  void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws java.io.IOException, ServletException;

  default void destroy() {}
}
