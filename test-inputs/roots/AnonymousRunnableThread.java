import java.util.HashMap;
import java.util.Map;

/**
 * Bug: an anonymous Runnable given to new Thread(...) counts words into a field map; the caller
 * reads the count without waiting for the thread.
 */
public class AnonymousRunnableThread {
  private final Map<String, Integer> wordCounts = new HashMap<>();

  public void countInBackground(String text) {
    Thread t = new Thread(new Runnable() {
      @Override
      public void run() {
        for (String w : text.split("\\s+")) {
          wordCounts.merge(w, 1, Integer::sum); // expect: UnguardedMapAccess
        }
      }
    });
    t.start();
  }

  public int count(String word) {
    return wordCounts.getOrDefault(word, 0); // expect: UnguardedMapAccess
  }
}
