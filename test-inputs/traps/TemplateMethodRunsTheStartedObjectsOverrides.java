package traps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Trap: a lifecycle base class whose final start() and stop() call abstract hooks, as Tomcat's
// LifecycleBase does. A container starts its children on a pool, and each child starts its realm
// through a cast; only containers and realms are ever started there, so the hooks the pool runs
// are theirs, never the connector's, whose port map only the caller's thread touches.
public class TemplateMethodRunsTheStartedObjectsOverrides {
  abstract static class LifecycleBase {
    public final void start() {
      startInternal();
    }

    public final void stop() {
      stopInternal();
    }

    protected abstract void startInternal();

    protected abstract void stopInternal();
  }

  interface Realm {
    boolean authenticate(String user);
  }

  static final class MemoryRealm extends LifecycleBase implements Realm {
    private volatile boolean loaded;

    @Override
    public boolean authenticate(String user) {
      return loaded && !user.isEmpty();
    }

    @Override
    protected void startInternal() {
      loaded = true;
    }

    @Override
    protected void stopInternal() {
      loaded = false;
    }
  }

  static class Container extends LifecycleBase {
    private final List<Container> children = new ArrayList<>();
    private final Realm realm = new MemoryRealm();
    private final ExecutorService startStopExecutor = Executors.newFixedThreadPool(2);

    void addChild(Container child) {
      synchronized (children) {
        children.add(child);
      }
    }

    @Override
    protected void startInternal() {
      if (realm instanceof LifecycleBase) {
        ((LifecycleBase) realm).start();
      }
      List<Container> copy;
      synchronized (children) {
        copy = new ArrayList<>(children);
      }
      for (Container child : copy) {
        startStopExecutor.submit(() -> child.start());
      }
    }

    @Override
    protected void stopInternal() {
      startStopExecutor.shutdown();
    }
  }

  public static final class Connector extends LifecycleBase {
    private final Map<String, Integer> ports = new HashMap<>();

    public void setPort(String name, int port) {
      ports.put(name, port);
    }

    @Override
    protected void startInternal() {
      ports.putIfAbsent("http", 8080);
    }

    @Override
    protected void stopInternal() {
      ports.clear();
    }
  }
}
