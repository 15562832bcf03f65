package javax.servlet;

public interface FilterConfig {
  String getInitParameter(String name);
}
