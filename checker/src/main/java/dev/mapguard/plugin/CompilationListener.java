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
import dev.mapguard.report.sarif.BuildRecord;
import dev.mapguard.report.sarif.CompilationId;
import dev.mapguard.report.sarif.LogDestination;
import dev.mapguard.report.sarif.SarifLogBuilder;
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
  private final CompilationHost host;
  /** This compilation's log, once its sources are known (the first ENTER); null without sarif=. */
  private Path logFile;
  private CompilationId compilation;
  private CompilationUnitTree firstParsed;
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
  /** Extraction failures, reported once the compilation is known to be clean. */
  private final List<PendingError> extractionErrors = new ArrayList<>();

  private record PendingError(InternalError error, CompilationUnitTree unit, Tree at) {}
  private final StatsReporter stats;
  private final FindingFilter filter;
  private CompilationUnitTree anyUnit;
  private boolean done;
  private final Instant start = Instant.now();

  CompilationListener(JavacTask task, PluginOptions options, CompilationHost host, Warmup warmup) {
    this.trees = Trees.instance(task);
    this.options = options;
    this.task = task;
    this.host = host;
    this.warmup = warmup;
    this.stats = new StatsReporter(options.stats());
    this.filter = new FindingFilter(options);
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

  /**
   * Names this compilation's log once javac has parsed the files it was given (they decide which
   * compilation this is), deletes the previous log, so that a compilation that ends abnormally
   * leaves none rather than an old one, and enters the compilation in the build record, so that
   * a gate knows it ran even if it leaves no log.
   */
  private void beginLog() {
    if (options.sarif() == null || compilation != null) return;
    LogDestination dest = options.sarif();
    List<Path> folders = new ArrayList<>();
    for (CompilationUnitTree unit : parsed) {
      Path file = extractor().sourcePath(unit);
      if (file != null) folders.add(SourceRoots.of(file, Extractor.packageName(unit)));
    }
    compilation = CompilationId.of(folders, options.srcRoot());
    logFile = dest.logFor(compilation);
    try {
      if (!Files.isDirectory(logFile)) Files.deleteIfExists(logFile);
    } catch (IOException | RuntimeException e) {
      // writing it at the end fails the same way, and that is reported
    }
    if (!host.keepsBuildRecord()) return;
    try {
      List<BuildRecord.Entry> others = BuildRecord.add(dest.recordFile(), new BuildRecord.Entry(
          SarifLogBuilder.time(start), compilation.name(), logFile.getFileName().toString()));
      if (!others.isEmpty()) warnShared(others.get(0));
    } catch (IOException | RuntimeException ex) {
      // without the record a gate cannot miss this compilation's log: say so, and go on
      reportUnwritable(dest.recordFile(), "build record", ex);
    }
  }

  /** One log for two compilations: the second writes over the first, and the gate fails on it. */
  private void warnShared(BuildRecord.Entry other) {
    CompilationUnitTree u = anyUnit != null ? anyUnit : firstParsed;
    if (u == null) return;
    Path folder = logFile.toAbsolutePath().getParent().resolve("mapguard");
    trees.printMessage(Diagnostic.Kind.MANDATORY_WARNING, "[MapGuard] sarif=" + logFile
        + " is also the log of compilation " + other.compilation() + " (started " + other.started()
        + "): this compilation (" + compilation.name() + ") writes over it, and 'mapguard gate' will "
        + "fail on the lost log. Give each compilation its own log: sarif=" + folder + "/ (a folder).",
        u, u);
  }

  @Override
  public void started(TaskEvent e) {
    if (e.getKind() != TaskEvent.Kind.ENTER || compilation != null || options.sarif() == null) return;
    try {
      beginLog();
    } catch (RuntimeException | LinkageError ex) {
      report(InternalError.of("the SARIF log's set-up", ex), e.getCompilationUnit(), null);
    }
  }

  @Override
  public void finished(TaskEvent e) {
    stats.sampleHeap(); // only with the stats option
    try {
      switch (e.getKind()) {
        case PARSE -> {
          if (e.getCompilationUnit() != null) {
            parsed.add(e.getCompilationUnit());
            if (firstParsed == null) firstParsed = e.getCompilationUnit();
          }
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
    filter.entered(unit, extractor().sourcePath(unit));
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
      // on code javac could not attribute (a missing library) extraction may trip over error
      // types: that is the compilation's failure, not MapGuard's, so wait for its outcome
      extractionErrors.add(new PendingError(InternalError.of(name, ex), unit, trees.getTree(type)));
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
        && !extractor().sawErrors() && !host.reportedErrors();
  }

  private void finish() {
    if (done) return;
    done = true;
    try {
      warmup.finish();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean clean = compiledCleanly(); // else javac reports the errors; MapGuard stays silent
    if (clean) {
      for (PendingError p : extractionErrors) report(p.error(), p.unit(), p.at());
    }
    // lenient: what javac attributed is analysed anyway, and the log says the run is partial
    boolean partial = !clean && options.lenient();
    boolean complete = clean || partial;
    String outcome = clean ? "analysed" : partial ? "partial" : "skipped-errors";
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
        findings = filter.apply(new RuleRunner(enabled, options.level()).run(result));
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
      beginLog(); // not begun when javac entered nothing (a syntax error)
      writeReports(new RunResult(findings, complete, sourceFiles, extractor().classCount(),
          internalErrors, start, Instant.now(), sourceRoots(), compilation.name(), partial));
      stats.stop(Phase.REPORT, started);
    }
    if (options.stats()) System.err.println(stats.line(outcome, program, result));
  }

  private void writeReports(RunResult run) {
    SarifReport sarif = new SarifReport(logFile, options.srcRoot());
    try {
      sarif.write(run);
    } catch (IOException ex) {
      // the file system said no (a read-only or vanished folder): say what to change, not "internal"
      reportUnwritable(sarif.file(), "SARIF report", ex);
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

  private void reportUnwritable(Path file, String what, Exception ex) {
    CompilationUnitTree u = anyUnit != null ? anyUnit : firstParsed;
    if (u == null) return;
    trees.printMessage(ownProblemKind(), "[MapGuard] cannot write the " + what + " " + file + " ("
        + ex.getClass().getSimpleName() + ": " + ex.getMessage() + "); point sarif= into a writable "
        + "folder. A gate reading this report will fail: no report, no proof the analysis ran.",
        u, u);
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
