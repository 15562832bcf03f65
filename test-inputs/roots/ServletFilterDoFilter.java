import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/**
 * Bug: a servlet Filter instance is shared by all requests; doFilter counts requests per client IP
 * in a HashMap from many container threads at once.
 */
public class ServletFilterDoFilter implements Filter {
  private final Map<String, Integer> requestsByIp = new HashMap<>();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    requestsByIp.merge(request.getRemoteAddr(), 1, Integer::sum); // expect: UnguardedMapAccess
    chain.doFilter(request, response);
  }
}
