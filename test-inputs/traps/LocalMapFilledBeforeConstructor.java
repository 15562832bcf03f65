import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the next membership is built in a local map and then handed to a new Membership, which
 * keeps it in a final field and only reads it. Every write to the local comes before the map is
 * handed on, so no other thread can see the map while it is filled (a volatile field publishes
 * the new Membership).
 */
public class LocalMapFilledBeforeConstructor {
  static final class Membership {
    private final Map<Long, String> members;

    Membership(Map<Long, String> members) {
      this.members = members;
    }

    String nameOf(long id) {
      return members.get(id);
    }
  }

  private volatile Membership current = new Membership(new HashMap<>());
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void reconfigure(List<String> names) {
    Map<Long, String> next = new HashMap<>();
    long id = 0;
    for (String name : names) next.put(id++, name);
    current = new Membership(next);
  }

  public void lookupAsync(long id) {
    pool.execute(() -> System.out.println(current.nameOf(id)));
  }
}
