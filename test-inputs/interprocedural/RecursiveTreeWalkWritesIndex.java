import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: a recursive walk over a category tree, run on a background thread, writes every node into
 * the index; the caller looks categories up meanwhile.
 */
public class RecursiveTreeWalkWritesIndex {
  public record Category(String id, String name, List<Category> children) {}

  private final Map<String, Category> byId = new HashMap<>();

  public void rebuildInBackground(Category root) {
    new Thread(() -> walk(root)).start();
  }

  private void walk(Category node) {
    byId.put(node.id(), node); // expect: UnguardedMapAccess
    for (Category child : node.children()) {
      walk(child);
    }
  }

  public Category find(String id) {
    return byId.get(id); // expect: UnguardedMapAccess
  }
}
