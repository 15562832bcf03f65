package traps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Trap: a configuration tree is built from new nodes, each filled through its getter before it is
// linked into its parent, and published through a volatile field once complete. A background
// refresher rewrites attributes of the live tree's nodes. A node being built is its builder's own
// until it is linked: no other thread can reach its map, so the builder's writes race with nothing.
public class FreshNodeFilledBeforeLinked {
  static final class Node {
    private final String name;
    private final Map<String, String> attributes = new HashMap<>();
    private final List<Node> children = new ArrayList<>();

    Node(String name) {
      this.name = name;
    }

    String getName() {
      return name;
    }

    Map<String, String> getAttributes() {
      return attributes;
    }

    List<Node> getChildren() {
      return children;
    }
  }

  private final ExecutorService refresher = Executors.newSingleThreadExecutor();
  private volatile Node live = new Node("root");

  public void reload(Map<String, Map<String, String>> spec) {
    live = build(spec);
  }

  private Node build(Map<String, Map<String, String>> spec) {
    Node root = new Node("root");
    for (Map.Entry<String, Map<String, String>> e : spec.entrySet()) {
      Node child = new Node(e.getKey());
      child.getAttributes().putAll(e.getValue());
      child.getAttributes().put("source", "spec");
      root.getChildren().add(child);
    }
    root.getAttributes().put("children", String.valueOf(spec.size()));
    return root;
  }

  public void refreshLater(String key, String value) {
    Node current = live;
    refresher.execute(() -> {
      for (Node n : current.getChildren()) {
        n.getAttributes().put(key, value);
      }
    });
  }
}
