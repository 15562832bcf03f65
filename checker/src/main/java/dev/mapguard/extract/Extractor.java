package dev.mapguard.extract;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.mapguard.catalog.Catalog;
import dev.mapguard.model.Program;
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

  /** Registers the classes of an entered compilation unit as the program's own. */
  public void entered(CompilationUnitTree unit) {
    for (com.sun.source.tree.Tree t : unit.getTypeDecls()) {
      if (t instanceof com.sun.source.tree.ClassTree c) {
        javax.lang.model.element.Element e = Trees.instance(task).getElement(
            Trees.instance(task).getPath(unit, c));
        if (e instanceof TypeElement te) cx.recognizers.addSourceClass(te);
      }
    }
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
