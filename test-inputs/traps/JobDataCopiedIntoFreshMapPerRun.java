import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trap: the scheduler thread copies the shared job defaults (under their monitor, which the
 * refresher thread also holds while it updates them) into a fresh job-data map for every job,
 * and hands that copy to a helper that iterates it to set the job's properties. The helper only
 * ever gets maps its caller has just made, so its iteration, with no lock, touches no map another
 * thread can see. Modelled on a job scheduler's property-setting job factory.
 */
public class JobDataCopiedIntoFreshMapPerRun {
  /** A map that remembers whether it changed, as job data maps do. */
  public static final class DataMap {
    private final Map<String, Object> map = new HashMap<>();
    private volatile boolean dirty;

    public void put(String key, Object value) {
      dirty = true;
      map.put(key, value);
    }

    public void putAll(DataMap other) {
      dirty = true;
      map.putAll(other.map);
    }

    public Map<String, Object> getWrappedMap() {
      return map;
    }

    public boolean isDirty() {
      return dirty;
    }
  }

  private final DataMap defaults = new DataMap();
  private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
  private final Thread scheduler = new Thread(this::runJobs, "scheduler");
  private volatile boolean halted;

  public void start() {
    refresher.scheduleAtFixedRate(this::refreshDefaults, 0, 1, TimeUnit.MINUTES);
    scheduler.start();
  }

  public void halt() {
    halted = true;
  }

  private void refreshDefaults() {
    synchronized (defaults) {
      defaults.put("startedAt", System.currentTimeMillis());
    }
  }

  private void runJobs() {
    while (!halted) {
      Object job = new Object();
      DataMap jobData = new DataMap();
      synchronized (defaults) {
        jobData.putAll(defaults);
      }
      setProperties(job, jobData);
    }
  }

  private void setProperties(Object job, DataMap data) {
    for (Map.Entry<String, Object> e : data.getWrappedMap().entrySet()) {
      System.out.println(job + "." + e.getKey() + " = " + e.getValue());
    }
  }
}
