package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles one version of a real bug with javac + MapGuard, writing SARIF: fetches its sources jar
 * and compile classpath through the corpus cache (the artifact's own jar joins the classpath, since
 * only the files the row names are compiled), then compiles those files.
 */
final class RealBugCompiler {
  /** The JDK (and {@code --release}) every version is compiled with. */
  static final int JDK = 17;

  /** A compiled version: how many files, javac's outcome, and where its SARIF and log are. */
  record Compiled(int files, TimedProcess.Result javac, Path sarif) {}

  private final LibraryCache cache;
  private final Path cacheRoot;
  private final Path pluginJar;

  RealBugCompiler(Path cacheRoot, Maven maven, Path pluginJar) {
    this.cache = new LibraryCache(cacheRoot, maven);
    this.cacheRoot = cacheRoot;
    this.pluginJar = pluginJar;
  }

  Compiled compile(String bug, RealBug.Version v, Path outDir) throws IOException, InterruptedException {
    List<Coordinates> classpath = new ArrayList<>();
    classpath.add(v.artifact());
    classpath.addAll(v.extra());
    Library lib = new Library(bug + "-" + v.side(), JDK, List.of(v.artifact()), classpath, List.of(), v.drop(),
        List.of());
    PreparedLibrary prepared = cache.prepare(lib);
    Path srcRoot = cacheRoot.resolve(lib.name()).resolve("src").resolve(v.artifact().artifactId());
    List<Path> sources = select(srcRoot, v.compile());
    if (sources.isEmpty()) throw new IOException("no file of " + v.artifact() + " matches " + v.compile());
    Files.createDirectories(outDir);
    String stem = bug + "-" + v.side();
    Path argFile = outDir.resolve(stem + ".sources");
    Files.write(argFile, sources.stream().map(p -> "\"" + p.toString().replace("\\", "\\\\") + "\"").toList());
    Path sarif = outDir.resolve(stem + ".sarif");
    Files.deleteIfExists(sarif); // an older log must not pass for this run's
    Path classes = outDir.resolve(stem + "-classes");
    LibraryCache.deleteTree(classes);
    Files.createDirectories(classes);
    List<String> cmd = JavacInvocation.command(Jdks.javac(JDK), JDK, prepared.classpath(), List.of(), classes,
        argFile, JavacInvocation.plugin(pluginJar, "sarif=" + sarif + " srcroot=" + srcRoot));
    TimedProcess.Result r = TimedProcess.run(cmd, outDir.resolve(stem + ".log"));
    LibraryCache.deleteTree(classes);
    return new Compiled(sources.size(), r, sarif);
  }

  /** The files under {@code root} that match one of the globs (relative paths, '/' separated). */
  static List<Path> select(Path root, List<String> globs) throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String g : globs) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(p -> matchers.stream().anyMatch(m -> m.matches(root.relativize(p))))
          .sorted().toList();
    }
  }
}
