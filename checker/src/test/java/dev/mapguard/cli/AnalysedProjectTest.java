package dev.mapguard.cli;

import dev.mapguard.report.sarif.SarifCompiler;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the command tests that read the log of one analysed scenario project. */
abstract class AnalysedProjectTest {
  @TempDir
  static Path project;

  /** project/target/mapguard.sarif, written once per test class. */
  static Path sarif;

  @TempDir
  Path tmp;

  @BeforeAll
  static void analyse() {
    sarif = SarifCompiler.analysedProject(project);
  }
}
