import java.util.HashMap;
import java.util.Map;

/**
 * Bug: Thread.join(millis) returns after the timeout even if the thread is still running, so the
 * read after it may overlap the thread's writes.
 */
public class JoinWithTimeoutIsNotAJoin {
  public int crawl(String[] urls, Fetcher fetcher) throws InterruptedException {
    Map<String, Integer> sizes = new HashMap<>();
    Thread crawler = new Thread(() -> {
      for (String u : urls) {
        sizes.put(u, fetcher.size(u)); // expect: UnguardedMapAccess
      }
    });
    crawler.start();
    crawler.join(5_000);
    return sizes.size(); // expect: UnguardedMapAccess
  }

  public interface Fetcher {
    int size(String url);
  }
}
