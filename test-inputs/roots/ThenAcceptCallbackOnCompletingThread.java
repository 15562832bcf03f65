import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Bug: a non-async callback (thenAccept) runs on whichever thread completes the future, here
 * the HTTP client's I/O thread, so it writes the response map concurrently with the caller.
 */
public class ThenAcceptCallbackOnCompletingThread {
  private final Map<String, Integer> statusByEndpoint = new HashMap<>();

  public void probe(String endpoint, AsyncHttp http) {
    http.headAsync(endpoint).thenAccept(status -> statusByEndpoint.put(endpoint, status)); // expect: UnguardedMapAccess
  }

  public Map<String, Integer> snapshot() {
    return new HashMap<>(statusByEndpoint); // expect: UnguardedMapAccess
  }

  public interface AsyncHttp {
    CompletableFuture<Integer> headAsync(String endpoint);
  }
}
