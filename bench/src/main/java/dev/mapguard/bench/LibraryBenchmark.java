package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures one library: pairs of compilations, plain javac then javac + MapGuard, each writing
 * class files to a fresh folder. Writes the findings of the last MapGuard run for triage.
 */
final class LibraryBenchmark {
  private final PreparedLibrary lib;
  private final BenchPaths paths;
  private final Path dir;
  private final String extraOptions;

  LibraryBenchmark(PreparedLibrary lib, BenchPaths paths, Path dir, String extraOptions) {
    this.lib = lib;
    this.paths = paths;
    this.dir = dir;
    this.extraOptions = extraOptions;
  }

  LibraryResult run(int pairs) throws IOException, InterruptedException {
    List<Double> plainS = new ArrayList<>(), mgS = new ArrayList<>();
    List<Long> plainRss = new ArrayList<>(), mgRss = new ArrayList<>(), own = new ArrayList<>();
    List<Integer> plainExit = new ArrayList<>(), mgExit = new ArrayList<>();
    CompilerLog last = null;
    int internal = 0;
    for (int i = 1; i <= pairs; i++) {
      TimedProcess.Result a = compile("plain-" + i, List.of());
      plainS.add(a.seconds());
      plainRss.add(a.peakRssKb());
      plainExit.add(a.exitCode());
      TimedProcess.Result b = compile("mapguard-" + i, JavacInvocation.plugin(paths.pluginJar(), pluginOptions()));
      mgS.add(b.seconds());
      mgRss.add(b.peakRssKb());
      mgExit.add(b.exitCode());
      last = CompilerLog.read(b.log());
      own.add(last.stats().getOrDefault("total-ms", -1L));
      internal = Math.max(internal, last.internalErrors().size());
    }
    Map<String, Integer> byRule = last == null ? Map.of() : last.byRule();
    if (last != null) {
      TriageFile.write(dir.resolve("findings.txt"), lib.name(), paths.cache().resolve(lib.name()).resolve("src"),
          last.findings());
    }
    LibraryCache.deleteTree(dir.resolve("classes"));
    return new LibraryResult(lib, plainS, mgS, plainRss, mgRss, own, plainExit, mgExit, byRule, internal);
  }

  private String pluginOptions() {
    return ("stats " + extraOptions).strip();
  }

  private TimedProcess.Result compile(String name, List<String> pluginArgs) throws IOException, InterruptedException {
    Path classes = dir.resolve("classes");
    LibraryCache.deleteTree(classes);
    java.nio.file.Files.createDirectories(classes);
    List<String> cmd = JavacInvocation.command(Jdks.javac(lib.library().jdk()), lib.library().jdk(),
        lib.classpath(), lib.library().flags(), classes, lib.sourcesFile(), pluginArgs);
    return TimedProcess.run(cmd, dir.resolve(name + ".log"));
  }
}
