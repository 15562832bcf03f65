package dev.mapguard.plugin;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import dev.mapguard.analysis.Analysis;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.extract.Extractor;
import dev.mapguard.model.Program;
import dev.mapguard.report.InternalError;
import dev.mapguard.report.RunResult;
import dev.mapguard.report.SourceRoots;
import dev.mapguard.report.StatsReporter;
import dev.mapguard.report.StatsReporter.Phase;
import dev.mapguard.report.sarif.SarifReport;
import dev.mapguard.rules.Finding;
import dev.mapguard.rules.Rule;
import dev.mapguard.rules.RuleRunner;
import dev.mapguard.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Follows one compilation: extracts each top-level class as soon as javac has attributed it
 * (before javac lowers it), and when the whole compilation is done, analyses the program and
 * reports. Any failure inside MapGuard becomes a warning; the compilation goes on.
 */
final class CompilationListener implements TaskListener {
  private final Trees trees;
  private final PluginOptions options;
  private final JavacTask task;
  private final Warmup warmup;
  /** Made when javac has entered the first unit, once the warm-up has read the catalogue. */
  private Extractor extractor;
  /** Top-level classes javac entered, by qualified name, with their unit. */
  private final Map<String, CompilationUnitTree> entered = new LinkedHashMap<>();
  private final Set<String> analysed = new HashSet<>();
  /** Top-level classes javac wrote code for: it writes none once any error was reported. */
  private final Set<String> generated = new HashSet<>();
  /** Units javac parsed and entered: after a syntax error javac enters none, so nothing else shows it. */
  private final Set<CompilationUnitTree> parsed = new HashSet<>();
  private final Set<CompilationUnitTree> enteredUnits = new HashSet<>();
  private final List<InternalError> internalErrors = new ArrayList<>();
  private final StatsReporter stats;
  private CompilationUnitTree anyUnit;
  private boolean done;
  private final Instant start = Instant.now();

  CompilationListener(JavacTask task, PluginOptions options, Warmup warmup) {
    this.trees = Trees.instance(task);
    this.options = options;
    this.task = task;
    this.warmup = warmup;
    this.stats = new StatsReporter(options.stats());
    deleteOldReports();
  }

  private Extractor extractor() {
    if (extractor == null) {
      long started = System.nanoTime();
      try {
        warmup.awaitCatalogue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // read it on this thread; keep the interrupt for javac
      }
      extractor = new Extractor(task);
      stats.stop(Phase.EXTRACT, started);
    }
    return extractor;
  }

  /** A compilation that ends abnormally must not leave the previous report looking current. */
  private void deleteOldReports() {
    if (options.sarif() == null) return;
    try {
      if (!Files.isDirectory(options.sarif())) Files.deleteIfExists(options.sarif());
    } catch (IOException | RuntimeException e) {
      // writing it at the end fails the same way, and that is reported
    }
  }

  @Override
  public void started(TaskEvent e) {
    // nothing to do before a phase
  }

  @Override
  public void finished(TaskEvent e) {
    stats.sampleHeap(); // only with the stats option
    try {
      switch (e.getKind()) {
        case PARSE -> {
          if (e.getCompilationUnit() != null) parsed.add(e.getCompilationUnit());
        }
        case ENTER -> entered(e.getCompilationUnit());
        case ANALYZE -> analyze(e.getTypeElement(), e.getCompilationUnit());
        case GENERATE -> generated(e.getTypeElement());
        case COMPILATION -> finish();
        default -> { }
      }
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError ex) {
      // last line of defence: never break the build
      report(InternalError.of(e.getTypeElement() == null ? "the compilation"
          : e.getTypeElement().getQualifiedName().toString(), ex), e.getCompilationUnit(), null);
    }
  }

  private void entered(CompilationUnitTree unit) {
    if (unit == null) return;
    enteredUnits.add(unit);
    if (anyUnit == null) anyUnit = unit;
    for (TypeElement te : extractor().entered(unit)) entered.put(te.getQualifiedName().toString(), unit);
  }

  private void analyze(TypeElement type, CompilationUnitTree unit) {
    if (type == null || unit == null || isPackageInfo(unit)) return;
    String name = type.getQualifiedName().toString();
    if (!analysed.add(name)) return;
    entered.putIfAbsent(name, unit);
    long started = System.nanoTime();
    try {
      FaultInjection.at(name);
      extractor().extract(type, unit);
    } catch (RuntimeException | StackOverflowError | AssertionError ex) {
      report(InternalError.of(name, ex), unit, trees.getTree(type));
    } finally {
      stats.stop(Phase.EXTRACT, started);
    }
  }

  /**
   * package-info.java declares no class to analyse, and javac writes no class file for one
   * without annotations (JDK 17 even names its element ""): it must not count as a class that
   * javac failed to generate, or MapGuard would stay silent on the whole compilation.
   */
  private static boolean isPackageInfo(CompilationUnitTree unit) {
    return unit.getSourceFile().isNameCompatible("package-info", JavaFileObject.Kind.SOURCE);
  }

  private void generated(TypeElement type) {
    if (type == null) return;
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement outer) top = outer;
    generated.add(top.getQualifiedName().toString());
  }

  /**
   * Whether javac compiled everything cleanly. There is no public API for javac's error count,
   * but javac stops before analysing every class on attribution errors, and writes no class file
   * once any error (also a flow error such as a missing return) has been reported.
   */
  private boolean compiledCleanly() {
    return enteredUnits.containsAll(parsed) && analysed.containsAll(entered.keySet())
        && generated.containsAll(analysed)
        && !extractor().sawErrors();
  }

  private void finish() {
    if (done) return;
    done = true;
    try {
      warmup.finish();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean complete = compiledCleanly(); // else javac reports the errors; MapGuard stays silent
    String outcome = complete ? "analysed" : "skipped-errors";
    List<Finding> findings = List.of();
    int sourceFiles = 0;
    Program program = null;
    AnalysisResult result = null;
    if (complete) {
      long started = System.nanoTime();
      try {
        program = extractor().program();
        sourceFiles = program.sourceFiles();
        stats.stop(Phase.EXTRACT, started);
        started = System.nanoTime();
        FaultInjection.at("analysis");
        result = Analysis.run(program);
        stats.stop(Phase.ANALYSE, started);
        started = System.nanoTime();
        List<Rule> enabled = new ArrayList<>();
        for (Rule r : Rules.all(options.guardThreshold())) {
          if (!options.disabled().contains(r.id())) enabled.add(r);
        }
        findings = new RuleRunner(enabled, options.level()).run(result);
        stats.stop(Phase.RULES, started);
        started = System.nanoTime();
        new JavacDiagnostics(trees, extractor().sites()).report(findings);
        stats.stop(Phase.REPORT, started);
      } catch (RuntimeException | StackOverflowError | AssertionError ex) {
        complete = false;
        outcome = "internal-error";
        report(InternalError.of("the compilation (" + analysed.size() + " classes)", ex), anyUnit, null);
      }
    }
    if (options.sarif() != null) {
      long started = System.nanoTime();
      writeReports(new RunResult(findings, complete, sourceFiles, extractor().classCount(),
          internalErrors, start, Instant.now(), sourceRoots()));
      stats.stop(Phase.REPORT, started);
    }
    if (options.stats()) System.err.println(stats.line(outcome, program, result));
  }

  private void writeReports(RunResult run) {
    SarifReport sarif = new SarifReport(options.sarif(), options.srcRoot());
    try {
      sarif.write(run);
    } catch (IOException ex) {
      // the file system said no (a read-only or vanished folder): say what to change, not "internal"
      reportUnwritable(sarif.file(), ex);
    } catch (RuntimeException | LinkageError ex) {
      report(InternalError.of("the SARIF report " + sarif.file(), ex), anyUnit, null);
    }
  }

  private List<Path> sourceRoots() {
    List<Path> roots = new ArrayList<>();
    // the files of one folder mostly share a package: each folder's root is worked out once
    Map<List<String>, Path> byFolder = new HashMap<>();
    for (CompilationUnitTree unit : new LinkedHashSet<>(entered.values())) {
      Path file = extractor().sourcePath(unit);
      if (file == null) continue;
      String pkg = Extractor.packageName(unit);
      roots.add(byFolder.computeIfAbsent(List.of(String.valueOf(file.getParent()), pkg),
          k -> SourceRoots.of(file, pkg)));
    }
    return roots;
  }

  private void reportUnwritable(java.nio.file.Path file, IOException ex) {
    if (anyUnit == null) return;
    trees.printMessage(ownProblemKind(), "[MapGuard] cannot write the SARIF report " + file + " ("
        + ex.getClass().getSimpleName() + ": " + ex.getMessage() + "); point sarif= into a writable "
        + "folder. A gate reading this report will fail: no report, no proof the analysis ran.",
        anyUnit, anyUnit);
  }

  private void report(InternalError error, CompilationUnitTree unit, Tree at) {
    internalErrors.add(error);
    CompilationUnitTree u = unit != null ? unit : anyUnit;
    if (u == null) return;
    trees.printMessage(ownProblemKind(), error.message(), at != null ? at : u, u);
  }

  /** How MapGuard's own trouble is reported: an error with internal-errors=fail, else a warning. */
  private Diagnostic.Kind ownProblemKind() {
    return options.failOnInternalError() ? Diagnostic.Kind.ERROR
        : Diagnostic.Kind.MANDATORY_WARNING; // survives -nowarn and -Xlint:none
  }
}
