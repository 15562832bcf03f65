import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Pushes a snapshot of the registry every 15 seconds from a scheduler thread. */
public class PrometheusExporter {
  private final MetricsRegistry registry;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  public PrometheusExporter(MetricsRegistry registry) {
    this.registry = registry;
  }

  public void start() {
    scheduler.scheduleAtFixedRate(this::push, 15, 15, TimeUnit.SECONDS);
  }

  private void push() {
    Map<String, Long> snap = registry.snapshot();
    StringBuilder body = new StringBuilder();
    snap.forEach((k, v) -> body.append(k.replace('.', '_')).append(' ').append(v).append('\n'));
    System.out.print(body);
  }
}
