package dev.mapguard.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sarif=} and {@code srcroot=}: bad values are one line; a log replaces the old one. */
class SarifOptionsTest {
  @Test
  void badValuesFailWithOneLine(@TempDir Path project) {
    Scenarios.project(project);
    SarifCompiler.Compilation empty = SarifCompiler.compile(project.resolve("src"), "sarif=");
    assertThat(empty.exit()).isNotZero();
    assertThat(empty.output()).contains("[MapGuard] sarif needs a path: sarif=PATH");

    Path nowhere = project.resolve("nowhere");
    SarifCompiler.Compilation root = SarifCompiler.compile(project.resolve("src"),
        "sarif=" + project.resolve("x.sarif") + " srcroot=" + nowhere);
    assertThat(root.exit()).isNotZero();
    assertThat(root.output()).contains("[MapGuard] srcroot=" + nowhere + " is not a folder");
    assertThat(project.resolve("x.sarif")).doesNotExist();
  }

  @Test
  void withoutTheOptionNoLogIsWritten(@TempDir Path project) throws Exception {
    Scenarios.project(project);
    SarifCompiler.Compilation c = SarifCompiler.compile(project.resolve("src"), "level=warning");
    assertThat(c.exit()).isZero();
    try (var files = Files.walk(project)) {
      assertThat(files.filter(p -> p.toString().endsWith(".sarif"))).isEmpty();
    }
  }

  @Test
  void eachCompilationReplacesTheLogOfThePreviousOne(@TempDir Path project) throws Exception {
    Scenarios.project(project);
    Path log = SarifCompiler.sarifOf(project);
    Files.createDirectories(log.getParent());
    Files.writeString(log, "left over from an earlier build");
    assertThat(SarifCompiler.analyse(project, "").exit()).isZero();
    assertThat(Files.readString(log)).startsWith("{\n  \"$schema\"");
    try (var files = Files.list(log.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("mapguard.sarif", BuildRecord.FILE_NAME);
    }
  }

  @Test
  void theLogFollowsEachRulesLevelAndTheExcludedPaths(@TempDir Path project) throws Exception {
    Scenarios.project(project);
    assertThat(SarifCompiler.analyse(project, "severity=UnguardedMapAccess:note").exit()).isZero();
    var results = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(SarifCompiler.sarifOf(project).toFile()).at("/runs/0/results");
    assertThat(results).isNotEmpty().allMatch(r -> r.path("level").asText().equals("note"));
    assertThat(SarifCompiler.analyse(project, "exclude=src/main/java/com/acme/Inv*.java").exit()).isZero();
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(SarifCompiler.sarifOf(project).toFile()).at("/runs/0/results")).isEmpty();
  }
}
