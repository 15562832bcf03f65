import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Trap: every task (submitted in a loop, so many run at once) creates its own map in a local
 * variable; no two tasks share one.
 */
public class LocalMapInsideEachTask {
  public void summarizeAll(List<String> logFiles, ExecutorService pool, Reporter reporter) {
    for (String file : logFiles) {
      pool.execute(() -> {
        Map<String, Integer> levels = new HashMap<>();
        for (String line : reporter.lines(file)) {
          levels.merge(line.split(" ")[0], 1, Integer::sum);
        }
        reporter.report(file, levels.toString());
      });
    }
  }

  public interface Reporter {
    List<String> lines(String file);

    void report(String file, String summary);
  }
}
