package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Measures one library in alternating pairs and writes its findings for triage. */
final class LibraryBenchmark {
  private LibraryBenchmark() {}

  /** {@code floorJar}: the empty plugin's jar, to run it too, or null. */
  static LibraryResult run(PreparedLibrary lib, BenchPaths paths, Path dir, boolean sarif, String extraOptions,
                           int pairs, Path floorJar) throws IOException, InterruptedException {
    PairedRuns.Job job = new PairedRuns.Job(lib.library().jdk(), lib.classpath(), lib.library().flags(),
        lib.sourcesFile(), paths.pluginJar(), sarif, paths.cache().resolve(lib.name()).resolve("src"), extraOptions,
        floorJar);
    PairedRuns runs = PairedRuns.run(job, dir, pairs);
    Path sarifLog = dir.resolve("mapguard-" + pairs + ".sarif");
    if (sarif && java.nio.file.Files.exists(sarifLog)) {
      TriageFile.write(dir.resolve("findings.txt"), lib.name(), SarifFindings.read(sarifLog));
    }
    return new LibraryResult(lib, runs);
  }
}
