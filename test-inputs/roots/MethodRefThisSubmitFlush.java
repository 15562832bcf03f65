import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the task is a method reference to this::flush; it clears the write-behind buffer on a
 * pool thread while put() adds to it on the caller's thread.
 */
public class MethodRefThisSubmitFlush {
  private final Map<String, byte[]> dirtyPages = new HashMap<>();
  private final ExecutorService io = Executors.newFixedThreadPool(2);
  private final PageStore store;

  public MethodRefThisSubmitFlush(PageStore store) {
    this.store = store;
  }

  public void put(String pageId, byte[] data) {
    dirtyPages.put(pageId, data); // expect: UnguardedMapAccess
    if (dirtyPages.size() > 64) { // expect: UnguardedMapAccess
      io.submit(this::flush);
    }
  }

  private void flush() {
    dirtyPages.forEach(store::write); // expect: UnguardedMapAccess
    dirtyPages.clear(); // expect: UnguardedMapAccess
  }

  public interface PageStore {
    void write(String pageId, byte[] data);
  }
}
