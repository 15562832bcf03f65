import java.util.HashMap;
import java.util.Map;
import javax.annotation.PostConstruct;
import org.springframework.stereotype.Service;

/**
 * Trap: a public @PostConstruct method of a @Service fills the map once, before the bean is
 * used; the other public methods only read. Being public does not make it a request method.
 */
@Service
public class PublicPostConstructOnService {
  private final Map<String, Integer> priorityByQueue = new HashMap<>();

  @PostConstruct
  public void init() {
    priorityByQueue.put("payments", 10);
    priorityByQueue.put("emails", 1);
  }

  public int priority(String queue) {
    return priorityByQueue.getOrDefault(queue, 5);
  }
}
