import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** HTTP API of the scheduler. */
@RestController
public class JobController {
  private final JobScheduler scheduler;

  public JobController(JobScheduler scheduler) {
    this.scheduler = scheduler;
    scheduler.start();
  }

  @PostMapping("/jobs/{id}")
  public void add(@PathVariable("id") String id) {
    scheduler.add(new JobScheduler.Job(id, () -> System.out.println("run " + id), 60_000, System.currentTimeMillis()));
  }

  @DeleteMapping("/jobs/{id}")
  public boolean cancel(@PathVariable("id") String id) {
    return scheduler.cancel(id);
  }

  @GetMapping("/jobs/{id}/last-run")
  public String lastRun(@PathVariable("id") String id) {
    return String.valueOf(scheduler.lastRunOf(id));
  }
}
