import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Bug: a template-method Runnable (final run() calls the abstract execute()); the concrete job's
 * execute writes a shared map, and one job per tenant is submitted in a loop.
 */
public class AbstractTemplateMethodJob {
  abstract static class Job implements Runnable {
    @Override
    public final void run() {
      long start = System.nanoTime();
      execute();
      System.out.println(getClass().getSimpleName() + " took " + (System.nanoTime() - start));
    }

    protected abstract void execute();
  }

  private final Map<String, Integer> documentsByTenant = new HashMap<>();

  final class ReindexJob extends Job {
    private final String tenant;

    ReindexJob(String tenant) {
      this.tenant = tenant;
    }

    @Override
    protected void execute() {
      documentsByTenant.put(tenant, tenant.length() * 1000); // expect: UnguardedMapAccess
    }
  }

  public void reindexAll(List<String> tenants, ExecutorService pool) {
    for (String tenant : tenants) {
      pool.execute(new ReindexJob(tenant));
    }
  }
}
