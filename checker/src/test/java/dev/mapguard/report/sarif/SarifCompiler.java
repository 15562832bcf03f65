package dev.mapguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapguard.harness.TestDirs;
import dev.mapguard.plugin.MapGuardPlugin;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Compiles a source tree on disk as a build does, {@code -Xplugin:"MapGuard sarif=... srcroot=..."}
 * with the plugin and its libraries on the processor path, so SARIF tests see real paths.
 */
public final class SarifCompiler {
  private SarifCompiler() {}

  /** javac's exit code and everything it printed. */
  public record Compilation(int exit, String output) {}

  /** Writes {@code text} to {@code root/relative}, making folders. */
  public static Path write(Path root, String relative, String text) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles every .java file under {@code sources}; {@code pluginOptions} follow "MapGuard". */
  public static Compilation compile(Path sources, String pluginOptions) {
    try {
      Path classes = TestDirs.create("mapguard-classes");
      List<String> args = new ArrayList<>(List.of("-proc:none", "-encoding", "UTF-8",
          "-d", classes.toString(), "-processorpath", processorPath(),
          "-Xplugin:MapGuard " + pluginOptions));
      try (Stream<Path> s = Files.walk(sources)) {
        s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
      int rc = ToolProvider.getSystemJavaCompiler().run(null, print, print, args.toArray(new String[0]));
      return new Compilation(rc, out.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles {@code project/src} as a build would, writing {@code project/target/mapguard.sarif}
   * with paths relative to {@code project}; returns the compilation. The log, when written, must
   * be valid against the SARIF schema, or this throws.
   */
  public static Compilation analyse(Path project, String moreOptions) {
    Compilation c = compile(project.resolve("src"), "sarif=" + sarifOf(project) + " srcroot=" + project
        + (moreOptions.isEmpty() ? "" : " " + moreOptions));
    if (Files.exists(sarifOf(project))) SarifSchema.requireValid(sarifOf(project));
    return c;
  }

  /** {@link #analyse}s the {@link Scenarios#project} in {@code dir}; returns its (valid) log. */
  public static Path analysedProject(Path dir) {
    Compilation c = analyse(Scenarios.project(dir), "");
    if (c.exit() != 0 || !Files.exists(sarifOf(dir))) {
      throw new AssertionError("the scenario project did not compile to a SARIF log:\n" + c.output());
    }
    return sarifOf(dir);
  }

  /** Where {@link #analyse} writes the log. */
  public static Path sarifOf(Path project) {
    return project.resolve("target/mapguard.sarif");
  }

  /** The plugin's classes and Jackson, as a build's annotationProcessorPaths would list them. */
  private static String processorPath() {
    List<String> parts = new ArrayList<>();
    for (Class<?> c : List.of(MapGuardPlugin.class, ObjectMapper.class, JsonFactory.class, JsonInclude.class)) {
      try {
        parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
