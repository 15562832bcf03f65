package dev.mapguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapguard.report.sarif.SarifCompiler;
import dev.mapguard.report.sarif.SarifSchema;
import dev.mapguard.report.sarif.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --sarif} writes the same log as the plugin in a build. */
class CheckCommandSarifTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesTheSameResultsAsThePlugin(@TempDir Path project, @TempDir Path out) throws Exception {
    Scenarios.project(project);
    Path fromCheck = out.resolve("check.sarif");
    CheckCommandTest.Run r = CheckCommandTest.run("check", project.resolve("src").toString(), "--sarif", fromCheck.toString(),
        "--srcroot", project.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    SarifSchema.requireValid(fromCheck);
    assertThat(SarifCompiler.analyse(project, "").exit()).isZero();
    assertThat(JSON.readTree(fromCheck.toFile()).at("/runs/0/results"))
        .isEqualTo(JSON.readTree(SarifCompiler.sarifOf(project).toFile()).at("/runs/0/results"));
    assertThat(CheckCommandTest.run("gate", fromCheck.toString(), "--srcroot", project.toString()).exit()).isEqualTo(1);
  }

  @Test
  void pathsWithSpacesWork(@TempDir Path dir) {
    Path project = Scenarios.project(dir.resolve("my  project"));
    Path log = project.resolve("my logs/x.sarif");
    CheckCommandTest.Run r = CheckCommandTest.run("check", project.resolve("src").toString(),
        "--sarif", log.toString(), "--srcroot", project.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(Files.exists(log)).isTrue();
    assertThat(CheckCommandTest.run("gate", log.toString(), "--srcroot", project.toString()).exit())
        .isEqualTo(1);
  }

  @Test
  void aSarifPathEndingInASlashIsAFolderWithTheCompilationsLog(@TempDir Path project) {
    Scenarios.project(project);
    Path folder = project.resolve("out");
    CheckCommandTest.Run r = CheckCommandTest.run("check", project.resolve("src").toString(),
        "--sarif", folder + "/", "--srcroot", project.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(folder.resolve("src-main-java.sarif")).exists();
  }
}
