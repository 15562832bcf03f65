import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Trap: lambdas given to Optional.ifPresent, Map.computeIfAbsent and List.forEach run right away
 * on the calling thread, inside the synchronized block that surrounds them; they do not start
 * threads and they keep the caller's lock.
 */
@Service
public class SynchronousCallbacksInsideLock {
  private final Map<String, Integer> scores = new HashMap<>();
  private final Map<String, String> teamOf = new HashMap<>();

  public synchronized void record(Optional<String> player, List<Integer> points) {
    player.ifPresent(p -> points.forEach(pt -> scores.merge(p, pt, Integer::sum)));
    player.ifPresent(p -> teamOf.computeIfAbsent(p, k -> "unassigned"));
  }

  public synchronized int score(String player) {
    return scores.getOrDefault(player, 0);
  }

  public synchronized String team(String player) {
    return teamOf.get(player);
  }
}
