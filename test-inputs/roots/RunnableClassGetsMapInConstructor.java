import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: the map is handed to a separate Runnable class through its constructor; the thread
 * running that object writes the very map the caller keeps reading (same object, two names).
 */
public class RunnableClassGetsMapInConstructor {
  private final Map<String, Integer> index = new HashMap<>();

  public void startIndexing(List<String> documents) {
    new Thread(new Indexer(index, documents)).start();
  }

  public Integer positionOf(String document) {
    return index.get(document); // expect: UnguardedMapAccess
  }
}

class Indexer implements Runnable {
  private final Map<String, Integer> target;
  private final List<String> documents;

  Indexer(Map<String, Integer> target, List<String> documents) {
    this.target = target;
    this.documents = documents;
  }

  @Override
  public void run() {
    for (int i = 0; i < documents.size(); i++) {
      target.put(documents.get(i), i); // expect: UnguardedMapAccess
    }
  }
}
