package javax.servlet.http;

public interface HttpServletResponse {
  void setStatus(int status);
}
