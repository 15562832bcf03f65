import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bug (multi-file): a cron-like job scheduler. The API (JobController, request threads) adds and
 * cancels jobs; the tick thread scans the job table every second and removes one-shot jobs it ran;
 * the workers record last-run times. The job table and the history map are plain HashMaps.
 * The iteration is reported where the iterator is made; it.remove() is a write of its own.
 */
public class JobScheduler {
  public record Job(String id, Runnable action, long periodMillis, long nextRunAt) {}

  private final Map<String, Job> jobs = new HashMap<>();
  private final Map<String, Instant> lastRun = new HashMap<>();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  public void start() {
    ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  public void add(Job job) {
    jobs.put(job.id(), job); // expect: UnguardedMapAccess
  }

  public boolean cancel(String id) {
    return jobs.remove(id) != null; // expect: UnguardedMapAccess
  }

  public Instant lastRunOf(String id) {
    return lastRun.get(id); // expect: UnguardedMapAccess
  }

  private void tick() {
    long now = System.currentTimeMillis();
    Iterator<Job> it = jobs.values().iterator(); // expect: UnguardedMapAccess
    while (it.hasNext()) {
      Job job = it.next();
      if (job.nextRunAt() <= now) {
        workers.execute(() -> run(job));
        if (job.periodMillis() == 0) {
          it.remove(); // expect: UnguardedMapAccess
        }
      }
    }
  }

  private void run(Job job) {
    job.action().run();
    lastRun.put(job.id(), Instant.now()); // expect: UnguardedMapAccess
  }
}
