import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public API; every call is charged to the caller's bucket. */
@RestController
public class ApiController {
  private final TokenBucketLimiter limiter;

  public ApiController(TokenBucketLimiter limiter) {
    this.limiter = limiter;
  }

  @GetMapping("/api/search")
  public String search(@RequestParam("client") String client, @RequestParam("q") String q) {
    if (!limiter.tryAcquire(client)) {
      return "429 Too Many Requests";
    }
    return "results for " + q;
  }
}
