import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: Thread t = new Thread(...); t.start(); the importer writes the progress map while
 * progress() reads it from the caller's thread. There is no join before the read.
 */
public class ThreadVariableStartedNoJoin {
  private final Map<String, Integer> importedPerFile = new HashMap<>();
  private Thread importer;

  public void importAll(List<String> files, RowReader reader) {
    Thread t = new Thread(() -> {
      for (String file : files) {
        int rows = reader.countRows(file);
        importedPerFile.put(file, rows); // expect: UnguardedMapAccess
      }
    });
    t.setDaemon(true);
    t.start();
    importer = t;
  }

  public int progress(String file) {
    return importedPerFile.getOrDefault(file, 0); // expect: UnguardedMapAccess
  }

  public interface RowReader {
    int countRows(String file);
  }
}
