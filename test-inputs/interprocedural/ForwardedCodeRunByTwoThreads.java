package interprocedural;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Bug: the twin of traps/ForwardedCodeRunsOnlyForItsCaller where the shutdown thread hands the
// same counting code to run(): the worker and the shutdown thread both run it, so the merges race.
public class ForwardedCodeRunByTwoThreads {
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
    scope.execute(() -> count(path));
  }

  public void startShutdownHook() {
    new Thread(() -> scope.run(() -> count("shutdown"))).start();
  }

  private void count(String path) {
    hits.merge(path, 1, Integer::sum); // expect: UnguardedMapAccess
  }
}
