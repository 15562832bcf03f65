package dev.mapguard.oracle;

import java.io.File;
import dev.mapguard.harness.TestDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles annotated sources in this JVM with one of the two oracles: the Checker Framework's
 * Lock Checker, or Error Prone with only its GuardedBy check. Both run inside javac and need
 * javac's internals opened to them (the JVM flags of the oracle test execution).
 */
final class OracleCompiler {
  enum Checker { CHECKER_FRAMEWORK, ERROR_PRONE }

  /** One error the oracle reported: file name, line, and message. */
  record Error(String file, long line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message.lines().findFirst().orElse("");
    }
  }

  private static final List<String> TEST_CLASSPATH =
      Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final Path stubs;

  OracleCompiler(Path stubs) {
    this.stubs = stubs;
  }

  /** Whether javac's internals are open to this JVM's code (both oracles need them in-process). */
  static boolean internalsOpen() {
    Module javacModule = ModuleLayer.boot().findModule("jdk.compiler").orElseThrow();
    Module unnamed = OracleCompiler.class.getClassLoader().getUnnamedModule();
    return javacModule.isExported("com.sun.tools.javac.api", unnamed)
        && javacModule.isOpen("com.sun.tools.javac.comp", unnamed);
  }

  List<Error> compile(Checker checker, List<Path> sources) {
    List<String> options = new ArrayList<>(List.of("-encoding", "UTF-8", "-Xlint:none"));
    Path out = TestDirs.create("mapguard-oracle");
    options.addAll(List.of("-d", out.toString()));
    String checkerQual = jar("checker-qual-");
    switch (checker) {
      case CHECKER_FRAMEWORK -> {
        // the real qualifiers before the stubs' copies of them
        options.addAll(List.of("-classpath", checkerQual + File.pathSeparator + stubs,
            "-processorpath", jar("checker-4") + File.pathSeparator + checkerQual,
            "-processor", "org.checkerframework.checker.lock.LockChecker", "-proc:only"));
      }
      case ERROR_PRONE -> {
        List<String> ep = TEST_CLASSPATH.stream().filter(p -> !p.contains("checkerframework/checker/")).toList();
        options.addAll(List.of("-classpath", stubs.toString(),
            "-processorpath", String.join(File.pathSeparator, ep),
            "-proc:none", "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
            "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:GuardedBy:ERROR"));
      }
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Error> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) continue;
      String file = d.getSource() == null ? "?" : Path.of(d.getSource().toUri()).getFileName().toString();
      errors.add(new Error(file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
    }
    return errors;
  }

  private static String jar(String prefix) {
    return TEST_CLASSPATH.stream().filter(p -> Path.of(p).getFileName().toString().startsWith(prefix))
        .findFirst().orElseThrow(() -> new IllegalStateException(prefix + "*.jar is not on the test classpath"));
  }
}
