import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: a recursive walk that writes the index runs entirely inside one synchronized method call
 * (the lock is held by the outermost caller for every level of the recursion).
 */
public class RecursionUnderLock {
  public record Node(String path, List<Node> children) {}

  private final Map<String, Integer> depthByPath = new HashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  public void indexAsync(Node root) {
    pool.execute(() -> index(root));
  }

  private synchronized void index(Node root) {
    walk(root, 0);
  }

  private void walk(Node node, int depth) {
    depthByPath.put(node.path(), depth);
    for (Node child : node.children()) {
      walk(child, depth + 1);
    }
  }

  public synchronized Integer depth(String path) {
    return depthByPath.get(path);
  }
}
