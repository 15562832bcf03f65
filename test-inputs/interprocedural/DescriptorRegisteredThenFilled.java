package interprocedural;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Bug: the twin of traps/PerCallDescriptorPassedToHelpers whose register() keeps the descriptor
// in a list others read, before parse() fills it: from then on the caller's totalParams() can
// read a descriptor a pool thread is still writing (the reader holds the list's lock, the writer
// none, so the write is reported).
public class DescriptorRegisteredThenFilled {
  static final class Descriptor {
    private final Map<String, String> params = new HashMap<>();

    void addParam(String key, String value) {
      params.put(key, value); // expect: UnguardedMapAccess
    }

    int size() {
      return params.size(); // read under the list's lock: the unguarded writer is the one reported
    }
  }

  private final ExecutorService startStop = Executors.newFixedThreadPool(4);
  private final List<Descriptor> deployed = Collections.synchronizedList(new ArrayList<>());

  public void deployAll(List<String> apps) {
    for (String app : apps) {
      startStop.submit(() -> deploy(app));
    }
  }

  private void deploy(String app) {
    Descriptor descriptor = createDescriptor();
    register(descriptor);
    parse(app, descriptor);
  }

  protected Descriptor createDescriptor() {
    return new Descriptor();
  }

  private void register(Descriptor descriptor) {
    deployed.add(descriptor);
  }

  private void parse(String app, Descriptor into) {
    into.addParam("app", app);
  }

  public int totalParams() {
    int total = 0;
    synchronized (deployed) {
      for (Descriptor d : deployed) total += d.size();
    }
    return total;
  }
}
