import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Exports a snapshot (a private copy) every 15 seconds; the copy is used by this thread only. */
public class SafeExporter {
  private final SafeMetricsRegistry registry;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  public SafeExporter(SafeMetricsRegistry registry) {
    this.registry = registry;
  }

  public void start() {
    scheduler.scheduleAtFixedRate(this::push, 15, 15, TimeUnit.SECONDS);
  }

  private void push() {
    Map<String, Long> snap = registry.snapshot();
    snap.remove("internal.gc");
    System.out.println(snap);
  }
}
