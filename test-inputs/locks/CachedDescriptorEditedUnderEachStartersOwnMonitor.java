import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: each web application is configured by a configurer of its own, inside that configurer's
 * monitor, on a pool of starter threads; every configurer takes the default servlet descriptor
 * from one cache the host keeps and adds its application's init parameter to it. The monitors are
 * different objects, so nothing stops two starters from editing the cached descriptor at once.
 * On the starter threads every path to the edit holds "a configurer's monitor", which is not one
 * lock (a tool's {@code describe} reaches the same helper with no monitor at all, on an object of
 * its own). Modelled on a servlet container whose per-context configuration converts the cached
 * default web.xml's JSP servlet (its JSP file parameter).
 */
public class CachedDescriptorEditedUnderEachStartersOwnMonitor {
  static final class ServletDescriptor {
    private final Map<String, String> parameters = new HashMap<>();

    void addParameter(String name, String value) {
      if (parameters.containsKey(name)) { // expect: UnguardedMapAccess "can overlap the write (put)"
        return;
      }
      parameters.put(name, value); // expect: UnguardedMapAccess
    }
  }

  static final Map<String, ServletDescriptor> DEFAULTS = new ConcurrentHashMap<>();

  static final class Configurer {
    synchronized void configure(String application) {
      ServletDescriptor jsp = DEFAULTS.get("jsp");
      if (jsp == null) {
        jsp = parse("jsp");
        DEFAULTS.put("jsp", jsp);
      }
      jsp.addParameter("application", application);
    }
  }

  private final ExecutorService starters = Executors.newFixedThreadPool(4);

  public void startAll(List<String> applications) {
    for (String application : applications) {
      starters.submit(() -> new Configurer().configure(application));
    }
  }

  static ServletDescriptor parse(String servletName) {
    ServletDescriptor descriptor = new ServletDescriptor();
    descriptor.addParameter("servlet-name", servletName);
    return descriptor;
  }

  /** For tools: a descriptor of their own, described without any configurer. */
  public static ServletDescriptor describe(String servletName, String value) {
    ServletDescriptor descriptor = new ServletDescriptor();
    descriptor.addParameter(servletName, value);
    return descriptor;
  }
}
