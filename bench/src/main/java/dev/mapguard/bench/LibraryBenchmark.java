package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Measures one library in alternating pairs and writes its findings for triage. */
final class LibraryBenchmark {
  private LibraryBenchmark() {}

  static LibraryResult run(PreparedLibrary lib, BenchPaths paths, Path dir, String extraOptions, int pairs)
      throws IOException, InterruptedException {
    PairedRuns.Job job = new PairedRuns.Job(lib.library().jdk(), lib.classpath(), lib.library().flags(),
        lib.sourcesFile(), paths.pluginJar(), extraOptions);
    PairedRuns runs = PairedRuns.run(job, dir, pairs);
    if (runs.lastLog() != null) {
      TriageFile.write(dir.resolve("findings.txt"), lib.name(),
          paths.cache().resolve(lib.name()).resolve("src"), runs.lastLog().findings());
    }
    return new LibraryResult(lib, runs);
  }
}
