import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Bug: RecursiveAction.compute of an inner class records each directory's size in the scanner's
 * map; the forked subtasks run at the same time and write it together.
 */
public class RecursiveActionDiskUsage {
  private final Map<String, Long> bytesPerDirectory = new HashMap<>();

  private final class ScanDirectory extends RecursiveAction {
    private final File dir;

    ScanDirectory(File dir) {
      this.dir = dir;
    }

    @Override
    protected void compute() {
      long ownBytes = 0;
      List<ScanDirectory> children = new ArrayList<>();
      File[] entries = dir.listFiles();
      if (entries != null) {
        for (File f : entries) {
          if (f.isDirectory()) {
            children.add(new ScanDirectory(f));
          } else {
            ownBytes += f.length();
          }
        }
      }
      invokeAll(children);
      bytesPerDirectory.put(dir.getPath(), ownBytes); // expect: UnguardedMapAccess
    }
  }

  public void scan(File root) {
    ForkJoinPool.commonPool().invoke(new ScanDirectory(root));
  }
}
