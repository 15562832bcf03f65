package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Measures one library in alternating pairs and writes its findings for triage. */
final class LibraryBenchmark {
  /**
   * The SARIF log of a library's latest MapGuard run, under a name that does not depend on how
   * many pairs ran: what bench/triage reads.
   */
  static final String LATEST_SARIF = "findings.sarif";

  private LibraryBenchmark() {}

  /** {@code floorJar}: the empty plugin's jar, to run it too, or null. */
  static LibraryResult run(PreparedLibrary lib, BenchPaths paths, Path dir, boolean sarif, String extraOptions,
                           int pairs, Path floorJar) throws IOException, InterruptedException {
    PairedRuns.Job job = new PairedRuns.Job(lib.library().jdk(), lib.classpath(), lib.library().flags(),
        lib.sourcesFile(), paths.pluginJar(), sarif, paths.cache().resolve(lib.name()).resolve("src"), extraOptions,
        floorJar);
    // a log left by an earlier run must not pass for this run's
    Files.deleteIfExists(dir.resolve(LATEST_SARIF));
    PairedRuns runs = PairedRuns.run(job, dir, pairs);
    Path sarifLog = dir.resolve("mapguard-" + pairs + ".sarif");
    if (sarif && Files.exists(sarifLog)) {
      Files.copy(sarifLog, dir.resolve(LATEST_SARIF), StandardCopyOption.REPLACE_EXISTING);
      TriageFile.write(dir.resolve("findings.txt"), lib.name(), SarifFindings.read(sarifLog));
    }
    return new LibraryResult(lib, runs);
  }
}
