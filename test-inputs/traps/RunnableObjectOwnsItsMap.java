import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Trap: each task is a new ReportTask object with its own map field; the object is created for
 * that one submission and nobody else touches its map.
 */
public class RunnableObjectOwnsItsMap {
  static final class ReportTask implements Runnable {
    private final String region;
    private final Map<String, Integer> totals = new HashMap<>();

    ReportTask(String region) {
      this.region = region;
    }

    @Override
    public void run() {
      for (String product : new String[] {"a", "b", "c"}) {
        totals.merge(region + "/" + product, product.length(), Integer::sum);
      }
      System.out.println(totals);
    }
  }

  public void runReports(List<String> regions, ExecutorService pool) {
    for (String region : regions) {
      pool.execute(new ReportTask(region));
    }
  }
}
