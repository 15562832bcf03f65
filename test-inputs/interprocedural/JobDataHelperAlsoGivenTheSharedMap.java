import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug: the scheduler thread's helper that iterates a job-data map to set a job's properties is
 * also handed the shared job defaults themselves, without their monitor, while the refresher
 * thread updates them under it. (The twin of traps/JobDataCopiedIntoFreshMapPerRun, where the
 * helper only gets copies its caller has just made.)
 */
public class JobDataHelperAlsoGivenTheSharedMap {
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
      setProperties(job, defaults);
    }
  }

  private void setProperties(Object job, DataMap data) {
    for (Map.Entry<String, Object> e : data.getWrappedMap().entrySet()) { // expect: UnguardedMapAccess
      System.out.println(job + "." + e.getKey() + " = " + e.getValue());
    }
  }
}
