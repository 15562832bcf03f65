package dev.mapguard.report.sarif;

import dev.mapguard.report.RunResult;
import java.io.IOException;
import java.nio.file.Path;

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

  public Path file() {
    return file;
  }
}
