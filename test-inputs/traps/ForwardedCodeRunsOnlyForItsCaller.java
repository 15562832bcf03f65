package traps;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Trap: a scope runs code in place, and its execute() hands the task to its own worker inside a
// lambda that forwards it to run(). Only the worker runs the counting task; the shutdown thread
// passes other code to run(), which never counts. Code one caller hands to a runner is not run
// for every other caller of that runner.
public class ForwardedCodeRunsOnlyForItsCaller {
  static final class Scope {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    void run(Runnable task) {
      run(task, "default");
    }

    void run(Runnable task, String tag) {
      Thread.currentThread().setName(tag);
      task.run();
    }

    void execute(Runnable task) {
      worker.execute(() -> run(task));
    }
  }

  private final Scope scope = new Scope();
  private final Map<String, Integer> hits = new HashMap<>();

  public void hitLater(String path) {
    scope.execute(() -> hits.merge(path, 1, Integer::sum));
  }

  public void startShutdownHook() {
    new Thread(() -> scope.run(this::closeQuietly)).start();
  }

  private void closeQuietly() {
    System.out.println("closing");
  }
}
