import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Bug: a @Controller with a plain @RequestMapping handler; the handler runs on many request
 * threads and writes a view-count map.
 */
@Controller
public class SpringRequestMappingHandler {
  private final Map<String, Integer> viewsByArticle = new HashMap<>();

  @RequestMapping("/article")
  public String article(@RequestParam("id") String id) {
    viewsByArticle.merge(id, 1, Integer::sum); // expect: UnguardedMapAccess
    return "article";
  }
}
