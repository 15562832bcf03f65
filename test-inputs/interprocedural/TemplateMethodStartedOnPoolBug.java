package interprocedural;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Bug: the twin of traps/TemplateMethodRunsTheStartedObjectsOverrides where the pool starts a
// connector: its start() runs the connector's startInternal() on a pool thread while the caller
// sets ports.
public class TemplateMethodStartedOnPoolBug {
  abstract static class LifecycleBase {
    public final void start() {
      startInternal();
    }

    protected abstract void startInternal();
  }

  public static final class Connector extends LifecycleBase {
    private final Map<String, Integer> ports = new HashMap<>();
    private final ExecutorService starter = Executors.newSingleThreadExecutor();

    public void startLater() {
      starter.submit(() -> start());
    }

    public void setPort(String name, int port) {
      ports.put(name, port); // expect: UnguardedMapAccess
    }

    @Override
    protected void startInternal() {
      ports.putIfAbsent("http", 8080); // expect: UnguardedMapAccess
    }
  }
}
