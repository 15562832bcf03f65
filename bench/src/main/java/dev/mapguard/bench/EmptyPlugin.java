package dev.mapguard.bench;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

/**
 * A javac plugin that registers a task listener and does nothing else: the floor any
 * listener-based plugin (MapGuard, Error Prone, NullAway) pays, because javac keeps every
 * file's comments and a table of end positions as soon as a listener is registered.
 * {@code bench/realworld --floor} measures it next to plain javac and MapGuard.
 */
public final class EmptyPlugin implements Plugin {
  static final String NAME = "MapGuardBenchEmpty";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new Listener());
  }

  /** Called for every file and class, as MapGuard's listener is; does nothing. */
  static final class Listener implements TaskListener {
    @Override
    public void finished(TaskEvent e) {
      // nothing: only the cost of being registered is measured
    }
  }
}
