package dev.mapguard.cli;

import com.sun.source.util.JavacTask;
import dev.mapguard.plugin.MapGuardPlugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.mapguard.plugin.CompilationHost;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources with the running JDK's compiler and the MapGuard plugin, writing no class
 * files: the same analysis as {@code -Xplugin:MapGuard}, without touching a build.
 */
final class InMemoryCompiler {

  /** Returns javac's success (false when the sources do not compile or a finding is an error). */
  static boolean compile(List<Path> sources, String classpath, Integer release, String encoding,
                         boolean lenient, List<String> pluginArgs,
                         DiagnosticListener<JavaFileObject> diagnostics) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run MapGuard with a JDK, not a JRE");
    }
    List<String> options = new ArrayList<>(List.of("-proc:none", "-Xlint:none", "-encoding", encoding));
    if (classpath != null && !classpath.isBlank()) options.addAll(List.of("-classpath", classpath));
    if (release != null) options.addAll(List.of("--release", release.toString()));
    // javac stops attributing at its first error; lenient analysis wants every class it can do
    if (lenient) options.addAll(List.of("--should-stop=ifError=FLOW", "-Xmaxerrs", "1000"));
    ErrorSeen seen = new ErrorSeen(diagnostics);
    try (StandardJavaFileManager files = compiler.getStandardFileManager(seen, Locale.ROOT, null)) {
      JavaFileManager discarding = new DiscardingFileManager(files);
      JavacTask task = (JavacTask) compiler.getTask(null, discarding, seen, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      new MapGuardPlugin().init(task, seen, pluginArgs.toArray(new String[0]));
      return Boolean.TRUE.equals(task.call());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Passes diagnostics on and remembers whether any was an error. The file manager is made here,
   * outside javac's task, so javac does not count the errors it reports (a file that is not valid
   * in the encoding): MapGuard must be told, or it would analyse and report as if all compiled.
   */
  private static final class ErrorSeen implements DiagnosticListener<JavaFileObject>, CompilationHost {
    private final DiagnosticListener<JavaFileObject> next;
    private volatile boolean error;

    ErrorSeen(DiagnosticListener<JavaFileObject> next) {
      this.next = next;
    }

    @Override
    public void report(Diagnostic<? extends JavaFileObject> d) {
      // MapGuard's findings at error level come after its own check of the compilation
      if (d.getKind() == Diagnostic.Kind.ERROR) error = true;
      next.report(d);
    }

    @Override
    public boolean reportedErrors() {
      return error;
    }

    @Override
    public boolean keepsBuildRecord() {
      return false; // one compilation, one log: nothing for a record to add
    }
  }

  private InMemoryCompiler() {}
}
