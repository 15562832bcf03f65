import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Bug: a path trie keeps each node's children in a plain map, walked under the read half of the
 * trie's read/write lock and cleaned up under the write half, but one lookup ({@code depth}) walks
 * the nodes with no lock at all while the periodic cleanup clears them. (The twin of
 * NodeHelperCalledUnderBothHalvesOfReadWriteLock, where every caller holds one half.)
 */
public class NodeHelperCalledWithoutLockByOneCaller {
  static final class Node {
    private final Map<String, Node> children = new HashMap<>();

    Node child(String name) {
      return children.get(name); // expect: UnguardedMapAccess
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

  public int depth(String path) {
    int depth = 0;
    Node node = root;
    for (String part : path.split("/")) {
      node = node.child(part);
      if (node == null) break;
      depth++;
    }
    return depth;
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
