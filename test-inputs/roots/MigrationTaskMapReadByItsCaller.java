import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Bug: a migration task, typed by the program's own {@code MigrationTask extends Runnable} and run
 * by the migration thread, records what it copied in a plain map that the caller's thread reads
 * for progress while the task runs. (The twin of traps/MigrationQueueRunsOnlyMigrationTasks: the
 * tasks the queue takes do run on the migration thread.)
 */
public class MigrationTaskMapReadByItsCaller {
  interface MigrationTask extends Runnable {}

  static final class MigrationThread extends Thread {
    private final BlockingQueue<MigrationTask> queue = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    void enqueue(MigrationTask task) {
      queue.add(task);
    }

    @Override
    public void run() {
      while (running) {
        try {
          MigrationTask task = queue.poll(1, TimeUnit.SECONDS);
          if (task != null) process(task);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void process(MigrationTask task) {
      try {
        task.run();
      } catch (RuntimeException e) {
        System.err.println("migration task failed: " + e);
      }
    }
  }

  static final class CopyPartitions implements MigrationTask {
    private final Map<Integer, Long> copiedAt = new HashMap<>();

    @Override
    public void run() {
      for (int p = 0; p < 271; p++) {
        copiedAt.put(p, System.nanoTime()); // expect: UnguardedMapAccess
      }
    }

    int copied() {
      return copiedAt.size(); // expect: UnguardedMapAccess
    }
  }

  private final MigrationThread migrations = new MigrationThread();
  private final CopyPartitions current = new CopyPartitions();

  public void start() {
    migrations.start();
  }

  public void schedule(MigrationTask task) {
    migrations.enqueue(task);
  }

  public void migrateAll() {
    schedule(current);
  }

  public int progress() {
    return current.copied();
  }
}
