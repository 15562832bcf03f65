import java.util.HashMap;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Bug: the server's tree (one, in a static field) keeps an ACL cache in a plain map. A timer
 * thread adds ACLs to it while a client's {@code reloadServerTree()} clears and refills it. The same
 * {@code load()} also runs in an offline tool on a tree the tool makes for itself, where nothing
 * can race: the finding must show the reload path, on the server's tree, not the tool's (a path
 * on which the map is not shared at all).
 */
public class AclCacheOfTheServerTreeClearedOnReload {
  static final class AclCache {
    private final Map<Long, String> byId = new HashMap<>();

    void clear() {
      byId.clear(); // expect: UnguardedMapAccess "entering at AclCacheOfTheServerTreeClearedOnReload.reloadServerTree()"
    }

    void add(long id, String acl) {
      byId.put(id, acl); // expect: UnguardedMapAccess
    }
  }

  static final class Tree {
    private final AclCache acls = new AclCache();

    void load(String snapshot) {
      acls.clear();
      for (String line : snapshot.split("\n")) {
        acls.add(line.hashCode(), line);
      }
    }

    void expireSessions() {
      acls.add(-1L, "expired");
    }
  }

  private static final Tree SERVER_TREE = new Tree();

  static {
    new Timer("session-expiry", true).scheduleAtFixedRate(new TimerTask() {
      @Override
      public void run() {
        SERVER_TREE.expireSessions();
      }
    }, 1000, 1000);
  }

  /** The offline snapshot formatter: loads into a tree of its own. */
  public static void formatSnapshot(String snapshot) {
    Tree own = new Tree();
    own.load(snapshot);
  }

  public static void reloadServerTree() {
    readSnapshotAndLoad();
  }

  private static void readSnapshotAndLoad() {
    SERVER_TREE.load("1:world:anyone\n2:digest:admin");
  }
}
