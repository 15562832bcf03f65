import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Trap: a migration thread runs the tasks queued for it, typed by the program's own
 * {@code MigrationTask extends Runnable}. Other {@code Runnable}s of the program (a connection
 * reader that only its own thread runs) are no migration tasks, so the migration thread never runs
 * them: the reader's map is touched by the reader's thread alone. Modelled on a data grid's
 * partition migration thread.
 */
public class MigrationQueueRunsOnlyMigrationTasks {
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

  static final class CopyPartition implements MigrationTask {
    private final int partition;

    CopyPartition(int partition) {
      this.partition = partition;
    }

    @Override
    public void run() {
      System.out.println("copying partition " + partition);
    }
  }

  /** Reads one connection; its pending requests are touched by its own thread only. */
  static final class ConnectionReader implements Runnable {
    private final Map<Integer, String> pending = new HashMap<>();

    @Override
    public void run() {
      for (int id = 0; id < 100; id++) {
        pending.put(id, "request " + id);
        if (id % 2 == 0) pending.remove(id - 1);
      }
    }
  }

  private final MigrationThread migrations = new MigrationThread();

  public void start() {
    migrations.start();
    new Thread(new ConnectionReader(), "reader").start();
  }

  public void schedule(MigrationTask task) {
    migrations.enqueue(task);
  }

  public void migrate(int partition) {
    schedule(new CopyPartition(partition));
  }
}
