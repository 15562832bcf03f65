package dev.mapguard.plugin;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles in-memory sources with {@code -Xplugin:MapGuard ...} for the plugin's own tests. */
final class PluginRun {
  final boolean success;
  final List<Diagnostic<? extends JavaFileObject>> diagnostics;

  private PluginRun(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    this.success = success;
    this.diagnostics = diagnostics;
  }

  /** A source file: its class name and text. */
  record Source(String className, String text) {}

  static Source source(String className, String text) {
    return new Source(className, text);
  }

  static PluginRun compile(String pluginArg, List<String> javacOptions, Source... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    StandardJavaFileManager std = javac.getStandardFileManager(null, Locale.ROOT, null);
    var discarding = new dev.mapguard.cli.DiscardingFileManager(std);
    List<JavaFileObject> units = new ArrayList<>();
    for (Source s : sources) {
      units.add(new SimpleJavaFileObject(URI.create("string:///" + s.className().replace('.', '/')
          + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return s.text();
        }
      });
    }
    List<String> options = new ArrayList<>(List.of("-proc:none", "-processorpath", pluginPath()));
    options.addAll(javacOptions);
    options.add(pluginArg);
    boolean ok = javac.getTask(null, discarding, collector, options, null, units).call();
    return new PluginRun(ok, collector.getDiagnostics());
  }

  private static String pluginPath() {
    try {
      return Path.of(MapGuardPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Messages of MapGuard's diagnostics ({@code [Rule] ...} and {@code [MapGuard] ...}). */
  List<String> mapGuardMessages() {
    return diagnostics.stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("["))
        .toList();
  }

  List<String> javacErrors() {
    return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).filter(m -> !m.startsWith("[")).toList();
  }

  List<Diagnostic<? extends JavaFileObject>> ofRule(String rule) {
    return diagnostics.stream().filter(d -> d.getMessage(Locale.ROOT).startsWith("[" + rule + "]"))
        .toList();
  }
}
