import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the event handler is an entry point, called again and again; the private helper it calls
 * hands a counting task to a pool of four threads, so the tasks started by successive events
 * write the plain map at the same time. Only the task touches the map: the race is between its
 * own copies, and it is found because the helper runs as often as the handler that calls it.
 */
public class SpawnerBehindEntryRacesItsOwnCopies {
  private final Map<String, Integer> hits = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void onEvent(String key) {
    schedule(key);
  }

  private void schedule(String key) {
    pool.execute(() -> hits.merge(key, 1, Integer::sum)); // expect: UnguardedMapAccess
  }
}
