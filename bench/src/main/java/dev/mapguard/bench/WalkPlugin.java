package dev.mapguard.bench;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

/**
 * A javac plugin that does the least a semantic analysis of every class must: as javac finishes
 * analysing each class, it walks the class's tree and asks javac for the element of every name,
 * member access, call and {@code new}, as MapGuard's extraction does, and keeps nothing.
 * {@code bench/realworld --floor} measures it beside the empty plugin and MapGuard: the part of
 * MapGuard's cost that visiting and resolving the trees explains, apart from what MapGuard builds
 * from them.
 */
public final class WalkPlugin implements Plugin {
  static final String NAME = "MapGuardBenchWalk";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new Listener(Trees.instance(task)));
  }

  /** The line it prints when the compilation ends, so the harness can tell that it ran. */
  static final String REPORT = "[" + NAME + "] resolved=";

  /** Walks each class once javac has analysed it (its trees are attributed then). */
  static final class Listener implements TaskListener {
    private final Trees trees;
    private long resolved;

    Listener(Trees trees) {
      this.trees = trees;
    }

    @Override
    public void finished(TaskEvent e) {
      if (e.getKind() == TaskEvent.Kind.COMPILATION) {
        System.err.println(REPORT + resolved);
        return;
      }
      if (e.getKind() != TaskEvent.Kind.ANALYZE || e.getTypeElement() == null) return;
      Tree tree = trees.getTree(e.getTypeElement());
      if (tree == null) return;
      Resolver r = new Resolver(trees, e.getCompilationUnit());
      r.scan(tree, null);
      resolved += r.resolved;
    }
  }

  /** Asks javac for the element each name, member access, call and {@code new} refers to. */
  static final class Resolver extends TreeScanner<Void, Void> {
    private final Trees trees;
    private final TreePath root;
    /** How many trees had an element (printed at the end: the lookups are not dead code). */
    int resolved;

    Resolver(Trees trees, CompilationUnitTree unit) {
      this.trees = trees;
      this.root = new TreePath(unit);
    }

    private void resolve(Tree t) {
      if (trees.getElement(new TreePath(root, t)) != null) resolved++;
    }

    @Override
    public Void visitIdentifier(IdentifierTree t, Void v) {
      resolve(t);
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree t, Void v) {
      resolve(t);
      return super.visitMemberSelect(t, v);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree t, Void v) {
      resolve(t);
      return super.visitMethodInvocation(t, v);
    }

    @Override
    public Void visitNewClass(NewClassTree t, Void v) {
      resolve(t);
      return super.visitNewClass(t, v);
    }
  }
}
