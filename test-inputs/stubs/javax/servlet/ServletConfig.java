package javax.servlet;

public interface ServletConfig {
  String getInitParameter(String name);
}
