import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the deployer deploys applications on a pool, all from one cached set of defaults. Deploying
 * rewrites a parameter of the default servlet definition while holding the deployer's monitor, and
 * merging the defaults into an application iterates the same HashMap without it: another worker
 * may be deploying at that moment. ServletDef shows no sign of being shared, but the deployer
 * locks around its map: whoever wrote that code expected other threads.
 */
public class SharedDefaultsEditedUnderDeployerLock {
  public static final class ServletDef {
    private final Map<String, String> parameters = new HashMap<>();

    Map<String, String> parameters() {
      return parameters;
    }
  }

  public static final class Defaults {
    private final ServletDef jsp = new ServletDef();

    ServletDef jsp() {
      return jsp;
    }
  }

  public static final class Deployer {
    private final Defaults defaults = new Defaults();
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public void deployAll(Iterable<String> apps) {
      for (String app : apps) {
        workers.execute(() -> deploy(app));
      }
    }

    private void deploy(String app) {
      synchronized (this) {
        defaults.jsp().parameters().put("scratchdir", "/tmp/" + app);
      }
      merge(app);
    }

    private void merge(String app) {
      for (Map.Entry<String, String> e : defaults.jsp().parameters().entrySet()) { // expect: UnguardedMapAccess
        System.out.println(app + ": " + e.getKey() + "=" + e.getValue());
      }
    }
  }
}
