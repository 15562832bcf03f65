package dev.mapguard.cli;

import com.sun.source.util.JavacTask;
import dev.mapguard.plugin.MapGuardPlugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  static boolean compile(List<Path> sources, String classpath, Integer release,
                         List<String> pluginArgs, DiagnosticListener<JavaFileObject> diagnostics) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run MapGuard with a JDK, not a JRE");
    }
    List<String> options = new ArrayList<>(List.of("-proc:none", "-Xlint:none", "-encoding", "UTF-8"));
    if (classpath != null && !classpath.isBlank()) options.addAll(List.of("-classpath", classpath));
    if (release != null) options.addAll(List.of("--release", release.toString()));
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaFileManager discarding = new DiscardingFileManager(files);
      JavacTask task = (JavacTask) compiler.getTask(null, discarding, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      new MapGuardPlugin().init(task, pluginArgs.toArray(new String[0]));
      return Boolean.TRUE.equals(task.call());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private InMemoryCompiler() {}
}
