package javax.servlet.http;

public interface HttpServletResponse extends javax.servlet.ServletResponse {
  void setStatus(int status);
}
