package dev.mapguard.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources with the MapGuard plugin exactly as users do ({@code -Xplugin:MapGuard},
 * the plugin found on the processor path by javac's service loader) and returns the diagnostics.
 * Class files are discarded.
 */
public final class ScenarioCompiler {
  /** Where the plugin's classes are (the build's output folder). */
  static final Path PLUGIN_CLASSES = pluginClasses();

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, null);
  private final List<Path> classpath;

  public ScenarioCompiler(List<Path> classpath) {
    this.classpath = classpath;
  }

  private static Path pluginClasses() {
    try {
      return Path.of(dev.mapguard.plugin.MapGuardPlugin.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }
  }

  Result compile(List<Path> sources, String pluginOptions, List<String> extraOptions) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>();
    options.add("-processorpath");
    options.add(PLUGIN_CLASSES.toString());
    options.add("-proc:none");
    options.add("-Xlint:none");
    options.add("-encoding");
    options.add("UTF-8");
    options.add(pluginOptions == null || pluginOptions.isBlank() ? "-Xplugin:MapGuard"
        : "-Xplugin:MapGuard " + pluginOptions);
    if (!classpath.isEmpty()) {
      options.add("-classpath");
      options.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    }
    options.addAll(extraOptions);
    Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
    JavaFileManager discarding = new dev.mapguard.cli.DiscardingFileManager(files);
    Boolean ok = compiler.getTask(null, discarding, diagnostics, options, null, units).call();
    return new Result(Boolean.TRUE.equals(ok), diagnostics.getDiagnostics());
  }

  /** Compiles the stubs of framework APIs once, into a folder for the classpath. */
  public static Path compileStubs(Path stubsDir) {
    try {
      Path out = TestDirs.create("mapguard-stubs");
      List<Path> sources;
      try (Stream<Path> s = Files.walk(stubsDir)) {
        sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      if (sources.isEmpty()) return out;
      JavaCompiler c = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> d = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = c.getStandardFileManager(null, Locale.ROOT, null)) {
        boolean ok = c.getTask(null, fm, d, List.of("-d", out.toString(), "-proc:none"), null,
            fm.getJavaFileObjectsFromPaths(sources)).call();
        if (!ok) throw new IllegalStateException("test-inputs/stubs do not compile: " + d.getDiagnostics());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
