import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the lambda is passed to a helper that takes a Runnable and submits it; the lambda runs on
 * the pool, not in the helper's caller.
 */
public class WrapperMethodSubmitsRunnable {
  private final Map<String, String> thumbnails = new HashMap<>();
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  public void requestThumbnail(String imageId) {
    inBackground(() -> thumbnails.put(imageId, render(imageId))); // expect: UnguardedMapAccess
  }

  public String thumbnail(String imageId) {
    return thumbnails.get(imageId); // expect: UnguardedMapAccess
  }

  private void inBackground(Runnable task) {
    workers.execute(task);
  }

  private static String render(String imageId) {
    return "thumb-" + imageId;
  }
}
