package dev.mapguard.report.sarif;

import dev.mapguard.report.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes the SARIF log of one compilation ({@code sarif=PATH}, {@code srcroot=DIR}). */
public final class SarifReport {
  private final Path file;
  private final Path sourceRoot;

  public SarifReport(Path file, Path sourceRoot) {
    this.file = file;
    this.sourceRoot = sourceRoot;
  }

  public void write(RunResult run) throws IOException {
    SarifJson.write(new SarifLogBuilder(sourceRoot).build(run), file);
  }

  /**
   * Does ahead of time what the first log of a JVM pays for (Jackson's set-up, the rule pages,
   * the digest), by building and rendering the log of an empty run. The plugin calls it on a
   * background thread while javac parses, so a compilation does not wait for it at the end.
   */
  public static void prepare() {
    Instant now = Instant.now();
    SarifJson.text(new SarifLogBuilder(Path.of("")).build(
        new RunResult(List.of(), false, 0, 0, List.of(), now, now, List.of(), null, false)));
    Fingerprints.prepare();
    SarifJson.prepare();
  }

  public Path file() {
    return file;
  }
}
