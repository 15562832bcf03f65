import java.util.HashMap;
import java.util.Map;

/**
 * Trap: a Thread subclass fills its own map in run(); the caller reads it through a getter only
 * after join(). The thread object is created fresh for this one job.
 */
public class ThreadSubclassOwnMapReadAfterJoin {
  static final class ChecksumWorker extends Thread {
    private final String[] files;
    private final Map<String, Long> checksums = new HashMap<>();

    ChecksumWorker(String[] files) {
      this.files = files;
    }

    @Override
    public void run() {
      for (String f : files) {
        checksums.put(f, (long) f.hashCode());
      }
    }

    Map<String, Long> checksums() {
      return checksums;
    }
  }

  public static void main(String[] args) throws InterruptedException {
    ChecksumWorker worker = new ChecksumWorker(args);
    worker.start();
    worker.join();
    System.out.println(worker.checksums().size());
  }
}
