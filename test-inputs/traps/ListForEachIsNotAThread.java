import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: Iterable.forEach, Map.forEach and sequential stream lambdas run on the calling thread.
 * Here they all run inside the one task of a single-thread executor that owns the map.
 */
public class ListForEachIsNotAThread {
  private final Map<String, Integer> tally = new HashMap<>();
  private final ExecutorService owner = Executors.newSingleThreadExecutor();

  public void submitBatch(List<String> votes) {
    owner.execute(() -> {
      votes.forEach(v -> tally.merge(v, 1, Integer::sum));
      votes.stream().filter(v -> v.startsWith("!")).forEach(tally::remove);
      Map<String, Integer> copy = new HashMap<>(tally);
      copy.forEach((k, n) -> tally.put(k.toLowerCase(), n));
    });
  }
}
