package dev.mapguard.plugin;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import javax.tools.Diagnostic;

/** Fails the compilation once, with one line saying what is wrong with the plugin options. */
final class ConfigurationError implements TaskListener {
  private final Trees trees;
  private final String message;
  private boolean reported;

  ConfigurationError(JavacTask task, String message) {
    this.trees = Trees.instance(task);
    this.message = message;
  }

  @Override
  public void finished(TaskEvent e) {
    if (reported || e.getCompilationUnit() == null) return;
    if (e.getKind() != TaskEvent.Kind.PARSE && e.getKind() != TaskEvent.Kind.ENTER) return;
    reported = true;
    trees.printMessage(Diagnostic.Kind.ERROR, "[MapGuard] " + message, e.getCompilationUnit(),
        e.getCompilationUnit());
  }
}
