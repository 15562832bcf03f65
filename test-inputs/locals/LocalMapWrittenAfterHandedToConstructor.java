import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of traps/LocalMapFilledBeforeConstructor that adds one more member after handing
 * the map to the new Membership: pool threads may already be reading it.
 */
public class LocalMapWrittenAfterHandedToConstructor {
  static final class Membership {
    private final Map<Long, String> members;

    Membership(Map<Long, String> members) {
      this.members = members;
    }

    String nameOf(long id) {
      return members.get(id); // expect: UnguardedMapAccess
    }
  }

  private volatile Membership current = new Membership(new HashMap<>());
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void reconfigure(List<String> names, String observer) {
    Map<Long, String> next = new HashMap<>();
    long id = 0;
    for (String name : names) next.put(id++, name);
    current = new Membership(next);
    next.put(-1L, observer); // expect: UnguardedMapAccess
  }

  public void lookupAsync(long id) {
    pool.execute(() -> System.out.println(current.nameOf(id)));
  }
}
