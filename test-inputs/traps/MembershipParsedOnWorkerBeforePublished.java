import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Trap: a worker thread parses each proposed configuration into a new Membership and publishes it
 * through a volatile field; admin calls read the published one. The Properties constructor fills
 * the map of an object nobody else can see yet (its own field initialiser's HashMap), and no
 * published Membership's map is written again. A checker that takes every Membership for one
 * object pairs the constructor's put with the admin's reads. Modelled on how quorum
 * configurations are parsed and swapped in a replicated store.
 */
public class MembershipParsedOnWorkerBeforePublished {
  public static final class Server {
    final long id;
    final String address;

    Server(long id, String address) {
      this.id = id;
      this.address = address;
    }
  }

  public static final class Membership {
    private Map<Long, Server> members = new HashMap<>();
    private long version;

    public Membership(Map<Long, Server> members) {
      this.members = members;
    }

    public Membership(Properties props) {
      for (String key : props.stringPropertyNames()) {
        if (key.startsWith("server.")) {
          long id = Long.parseLong(key.substring(7));
          members.put(id, new Server(id, props.getProperty(key)));
        } else if (key.equals("version")) {
          version = Long.parseLong(props.getProperty(key), 16);
        }
      }
    }

    public int size() {
      return members.size();
    }

    public Server member(long id) {
      return members.get(id);
    }

    public long version() {
      return version;
    }
  }

  private final BlockingQueue<Properties> proposals = new LinkedBlockingQueue<>();
  private volatile Membership current = new Membership(new HashMap<>());

  public void start() {
    Thread worker = new Thread(this::applyProposals, "config-worker");
    worker.setDaemon(true);
    worker.start();
  }

  public void propose(Properties props) {
    proposals.add(props);
  }

  private void applyProposals() {
    try {
      while (true) {
        Membership next = new Membership(proposals.take());
        if (next.version() > current.version()) current = next;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An operator replaces the membership with servers of its own (the map is theirs from now on). */
  public void reset(Map<Long, Server> servers) {
    current = new Membership(servers);
  }

  public int clusterSize() {
    return current.size();
  }

  public String addressOf(long id) {
    Server s = current.member(id);
    return s == null ? null : s.address;
  }
}
