package dev.mapguard.annotate;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.mapguard.analysis.Analysis;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.extract.Extractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs MapGuard's analysis over source files for tools that need the analysis itself rather than
 * diagnostics ({@code annotate}): javac parses and attributes the sources (no class files are
 * generated), the extractor reads each class, and the whole program is analysed at once.
 */
public final class ProjectAnalysis {

  /**
   * @param result    the analysis, or null when the sources do not compile
   * @param errors    javac's errors, as {@code File.java:12: message}
   * @param available which of the asked-for annotation types the classpath (or the sources) has
   */
  public record Outcome(AnalysisResult result, List<String> errors, Set<String> available) {}

  private ProjectAnalysis() {}

  /** Analyses {@code sources}; {@code lookFor} are qualified type names to look up on the classpath. */
  public static Outcome run(List<Path> sources, String classpath, Integer release, Set<String> lookFor) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run MapGuard with a JDK, not a JRE");
    }
    List<String> options = new ArrayList<>(List.of("-proc:none", "-Xlint:none", "-encoding", "UTF-8"));
    if (classpath != null && !classpath.isBlank()) options.addAll(List.of("-classpath", classpath));
    if (release != null) options.addAll(List.of("--release", release.toString()));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      if (classpath == null || classpath.isBlank()) {
        // the sources alone, not whatever runs MapGuard: the result must not depend on that
        files.setLocation(javax.tools.StandardLocation.CLASS_PATH, List.of());
      }
      JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      Extractor extractor = new Extractor(task);
      Set<String> analysed = new HashSet<>();
      task.addTaskListener(new TaskListener() {
        @Override
        public void finished(TaskEvent e) {
          if (e.getKind() == TaskEvent.Kind.ENTER && e.getCompilationUnit() != null) {
            extractor.entered(e.getCompilationUnit());
          } else if (e.getKind() == TaskEvent.Kind.ANALYZE && e.getTypeElement() != null
              && analysed.add(e.getTypeElement().getQualifiedName().toString())) {
            extractor.extract(e.getTypeElement(), e.getCompilationUnit());
          }
        }
      });
      task.analyze();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) continue;
        String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
            + d.getLineNumber() + ": ";
        errors.add(file + d.getMessage(Locale.ROOT));
      }
      Set<String> available = new LinkedHashSet<>();
      for (String type : lookFor) {
        TypeElement te = task.getElements().getTypeElement(type);
        if (te != null) available.add(type);
      }
      if (!errors.isEmpty() || extractor.sawErrors()) return new Outcome(null, errors, available);
      return new Outcome(Analysis.run(extractor.program()), errors, available);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
