package dev.mapguard.extract;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.mapguard.catalog.Catalog;
import dev.mapguard.model.Program;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The one entry point of extraction: feed it each top-level class once javac has attributed it,
 * then take the {@link Program}. Only this package touches javac trees.
 */
public final class Extractor {
  private final ProgramBuilder program = new ProgramBuilder();
  private final SiteTable sites = new SiteTable();
  private final ExtractionContext cx;
  private final JavacTask task;

  public Extractor(JavacTask task) {
    this.task = task;
    JavacFacts facts = new JavacFacts(task.getTypes(), task.getElements(), Trees.instance(task),
        Catalog.standard());
    this.cx = ExtractionContext.create(facts, program, sites);
  }

  /**
   * Registers the classes of an entered compilation unit as the program's own, and returns them.
   * Their paths are built directly: {@code Trees.getPath(unit, tree)} would search the whole unit.
   */
  public List<TypeElement> entered(CompilationUnitTree unit) {
    List<TypeElement> out = new ArrayList<>(1);
    TreePath root = new TreePath(unit);
    for (Tree t : unit.getTypeDecls()) {
      if (t instanceof ClassTree c && cx.facts.trees.getElement(new TreePath(root, c)) instanceof TypeElement te) {
        cx.recognizers.addSourceClass(te);
        cx.facts.lookUpFrom(te);
        out.add(te);
      }
    }
    return out;
  }

  /**
   * Extracts one top-level class. On failure, whatever was learned about the class is dropped
   * and the exception is rethrown for the caller to report.
   */
  public void extract(TypeElement topLevel, CompilationUnitTree unit) {
    String id = cx.classId(topLevel);
    try {
      cx.classExtractor().extractTopLevel(topLevel, unit);
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      program.discardClass(id);
      throw e;
    }
  }

  /** The file a compilation unit was read from, or null when it is not a file. */
  public Path sourcePath(CompilationUnitTree unit) {
    return cx.sourcePath(unit);
  }

  /**
   * The package a unit declares ({@code ""} for none), read off its name's tree: printing the
   * tree, as its toString does, runs javac's pretty printer.
   */
  public static String packageName(CompilationUnitTree unit) {
    ExpressionTree name = unit.getPackageName();
    return name == null ? "" : dotted(name);
  }

  private static String dotted(ExpressionTree name) {
    if (name instanceof MemberSelectTree ms) return dotted(ms.getExpression()) + "." + ms.getIdentifier();
    if (name instanceof IdentifierTree id) return id.getName().toString();
    return name.toString();
  }

  /** Whether some extracted code did not attribute cleanly (the compilation has errors). */
  public boolean sawErrors() {
    return cx.sawErrors;
  }

  public Program program() {
    return program.build();
  }

  public int classCount() {
    return program.classCount();
  }

  public SiteTable sites() {
    return sites;
  }
}
