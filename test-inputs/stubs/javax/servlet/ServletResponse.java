package javax.servlet;

public interface ServletResponse {
  java.io.PrintWriter getWriter() throws java.io.IOException;
}
