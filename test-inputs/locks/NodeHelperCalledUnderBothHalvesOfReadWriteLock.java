import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Trap: a path trie keeps each node's children in a plain map. Lookups walk the nodes under the
 * read half of the trie's read/write lock, inserts and the periodic cleanup under the write half,
 * and both call the same node helper ({@code child(name)}). Whichever half its caller holds, the
 * helper runs with writers shut out, so the cleanup's writes never overlap a lookup's reads.
 * Modelled on a coordination server's path trie.
 */
public class NodeHelperCalledUnderBothHalvesOfReadWriteLock {
  static final class Node {
    private final Map<String, Node> children = new HashMap<>();

    Node child(String name) {
      return children.get(name);
    }

    Node addChild(String name) {
      return children.computeIfAbsent(name, n -> new Node());
    }

    void clearChildren() {
      children.clear();
    }
  }

  private final Node root = new Node();
  private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final Lock readLock = lock.readLock();
  private final Lock writeLock = lock.writeLock();
  private final ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor();

  public void start() {
    cleaner.scheduleAtFixedRate(this::clear, 1, 1, TimeUnit.MINUTES);
  }

  public void addPath(String path) {
    writeLock.lock();
    try {
      Node node = root;
      for (String part : path.split("/")) {
        Node next = node.child(part);
        node = next != null ? next : node.addChild(part);
      }
    } finally {
      writeLock.unlock();
    }
  }

  public boolean exists(String path) {
    readLock.lock();
    try {
      Node node = root;
      for (String part : path.split("/")) {
        node = node.child(part);
        if (node == null) return false;
      }
      return true;
    } finally {
      readLock.unlock();
    }
  }

  private void clear() {
    writeLock.lock();
    try {
      root.clearChildren();
    } finally {
      writeLock.unlock();
    }
  }
}
