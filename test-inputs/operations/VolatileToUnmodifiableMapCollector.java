import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Trap: the rebuilt index comes from Collectors.toUnmodifiableMap (an immutable map) and is
 * published through a volatile field; readers only read.
 */
public class VolatileToUnmodifiableMapCollector {
  public record User(String id, String email) {}

  private volatile Map<String, String> emailById = Map.of();
  private final ExecutorService rebuilder = Executors.newFixedThreadPool(1);

  public void rebuildAsync(List<User> users) {
    rebuilder.execute(() -> emailById = users.stream()
        .collect(Collectors.toUnmodifiableMap(User::id, User::email, (a, b) -> a)));
  }

  public String email(String id) {
    return emailById.get(id);
  }
}
