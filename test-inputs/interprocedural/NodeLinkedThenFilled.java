package interprocedural;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Bug: a new node is linked into the live tree first and filled afterwards. From the moment it is
// linked the refresher thread can reach it and write its attributes while the caller's putAll is
// still running: the node stopped being the caller's own when it was linked.
public class NodeLinkedThenFilled {
  static final class Node {
    private final Map<String, String> attributes = new HashMap<>();
    private final List<Node> children = new ArrayList<>();

    Map<String, String> getAttributes() {
      return attributes;
    }

    List<Node> getChildren() {
      return children;
    }
  }

  private final ExecutorService refresher = Executors.newSingleThreadExecutor();
  private final Node live = new Node();

  public void addLive(Map<String, String> attrs) {
    Node child = new Node();
    child.getAttributes().put("state", "new");
    synchronized (live) {
      live.getChildren().add(child);
    }
    child.getAttributes().putAll(attrs); // expect: UnguardedMapAccess
  }

  public void refreshLater(String key, String value) {
    refresher.execute(() -> {
      List<Node> nodes;
      synchronized (live) {
        nodes = new ArrayList<>(live.getChildren());
      }
      for (Node n : nodes) {
        n.getAttributes().put(key, value); // expect: UnguardedMapAccess
      }
    });
  }
}
