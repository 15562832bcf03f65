import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the thenApplyAsync stage stores the parsed document on a pool thread; the caller reads
 * the same map without waiting for the future.
 */
public class ThenApplyAsyncParsesIntoCache {
  private final Map<String, Document> parsed = new HashMap<>();
  private final ExecutorService parsers = Executors.newFixedThreadPool(4);

  public CompletableFuture<Document> load(String url, Fetcher fetcher) {
    return fetcher.fetchAsync(url).thenApplyAsync(body -> {
      Document doc = new Document(url, body.length());
      parsed.put(url, doc); // expect: UnguardedMapAccess
      return doc;
    }, parsers);
  }

  public boolean isParsed(String url) {
    return parsed.containsKey(url); // expect: UnguardedMapAccess
  }

  public record Document(String url, int size) {}

  public interface Fetcher {
    CompletableFuture<String> fetchAsync(String url);
  }
}
