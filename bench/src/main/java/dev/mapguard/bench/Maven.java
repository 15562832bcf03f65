package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the repository's Maven wrapper in batch mode; a failure names the log to read. */
final class Maven {
  static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

  private final Path wrapper;

  Maven(Path repoRoot) {
    this.wrapper = repoRoot.resolve("mvnw");
  }

  /** Runs {@code mvnw -B args...} in {@code dir}, logging to {@code log}. */
  void run(Path dir, Path log, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(wrapper.toString());
    cmd.add("-B");
    cmd.add("-ntp");
    cmd.addAll(List.of(args));
    Files.createDirectories(log.getParent());
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int rc = p.waitFor();
    if (rc != 0) {
      List<String> lines = Files.readAllLines(log);
      List<String> errors = lines.stream().filter(l -> l.startsWith("[ERROR]")).limit(5).toList();
      throw new IOException("Maven failed (exit " + rc + ", log " + log + "): "
          + String.join(" | ", errors.isEmpty() ? lines.subList(Math.max(0, lines.size() - 5), lines.size()) : errors));
    }
  }

  /** Downloads one artifact (e.g. {@code g:a:v:jar:sources}) into {@code dir}. */
  void copy(String artifact, Path dir, Path log) throws IOException, InterruptedException {
    run(dir, log, DEPENDENCY_PLUGIN + ":copy", "-Dartifact=" + artifact, "-DoutputDirectory=" + dir,
        "-Dmdep.useBaseVersion=true");
  }

  /**
   * The compile classpath of a project: its compile, provided, system and optional dependencies
   * with everything they need, as Maven resolves them.
   */
  List<Path> compileClasspath(Path pom, Path log) throws IOException, InterruptedException {
    Path out = pom.resolveSibling(pom.getFileName() + ".classpath");
    run(pom.getParent(), log, "-f", pom.toString(), DEPENDENCY_PLUGIN + ":build-classpath",
        "-Dmdep.includeScope=compile", "-Dmdep.outputFile=" + out);
    String text = Files.readString(out).strip();
    List<Path> cp = new ArrayList<>();
    if (!text.isEmpty()) {
      for (String s : text.split(java.io.File.pathSeparator)) cp.add(Path.of(s));
    }
    return cp;
  }
}
