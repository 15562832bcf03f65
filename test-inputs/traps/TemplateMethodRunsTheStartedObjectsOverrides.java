package traps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Trap: a lifecycle base class whose final start() and stop() call abstract hooks, as Tomcat's
// LifecycleBase does. A container starts its children on a pool; only containers are ever
// started there, so the hooks the pool runs are the containers' own, never the connector's,
// whose port map only the caller's thread touches.
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

  static class Container extends LifecycleBase {
    private final List<Container> children = new ArrayList<>();
    private final ExecutorService startStopExecutor = Executors.newFixedThreadPool(2);

    void addChild(Container child) {
      synchronized (children) {
        children.add(child);
      }
    }

    @Override
    protected void startInternal() {
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
