package traps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Trap: each deployment, on a pool thread, gets a new descriptor from a factory method and passes
// it to helpers that fill and read it (Tomcat's ContextConfig with the WebXml of one webConfig
// call). No helper keeps the descriptor, so it stays the deploying call's own: two deployments
// never share one, although they run the same code at once.
public class PerCallDescriptorPassedToHelpers {
  static final class Descriptor {
    private final Map<String, String> params = new HashMap<>();

    void addParam(String key, String value) {
      params.put(key, value);
    }

    int size() {
      return params.size();
    }
  }

  private final ExecutorService startStop = Executors.newFixedThreadPool(4);

  public void deployAll(List<String> apps) {
    for (String app : apps) {
      startStop.submit(() -> deploy(app));
    }
  }

  private void deploy(String app) {
    Descriptor descriptor = createDescriptor();
    parse(app, descriptor);
    descriptor.addParam("deployed", "true");
    configure(descriptor);
  }

  protected Descriptor createDescriptor() {
    return new Descriptor();
  }

  private void parse(String app, Descriptor into) {
    into.addParam("app", app);
    into.addParam("path", "/" + app);
  }

  private void configure(Descriptor descriptor) {
    System.out.println(descriptor.size());
  }
}
