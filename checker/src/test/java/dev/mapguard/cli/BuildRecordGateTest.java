package dev.mapguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.report.sarif.BuildRecord;
import dev.mapguard.report.sarif.SarifCompiler;
import dev.mapguard.report.sarif.Scenarios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build compiles twice (main, then test), as Maven does: the gate must know both compilations
 * and fail closed when either's log is missing, replaced by the other's, or stale.
 */
class BuildRecordGateTest {
  private static final String TEST_SOURCE = """
      package com.acme;

      class InventoryCheck {
        int size() {
          return 0;
        }
      }
      """;

  private static SarifCompiler.Compilation compile(Path project, String tree, String sarif) {
    return SarifCompiler.compile(project.resolve(tree), "sarif=" + sarif + " srcroot=" + project);
  }

  private static Path project(Path dir) {
    Scenarios.project(dir);
    SarifCompiler.write(dir, "src/test/java/com/acme/InventoryCheck.java", TEST_SOURCE);
    return dir;
  }

  private static CheckCommandTest.Run gate(Path project, String... args) {
    return CheckCommandTest.gate(project, args);
  }

  @Test
  void oneLogFileForMainAndTestIsCaughtAsReplaced(@TempDir Path dir) {
    Path project = project(dir);
    String log = project.resolve("target/mapguard.sarif").toString();
    assertThat(compile(project, "src/main/java", log).exit()).isZero();
    SarifCompiler.Compilation test = compile(project, "src/test/java", log);
    assertThat(test.output()).contains("[MapGuard] sarif=" + log + " is also the log of compilation "
        + "src/main/java/").contains("sarif=" + project.resolve("target/mapguard") + "/ (a folder)");
    CheckCommandTest.Run r = gate(project, log);
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("replaced: compilation src/main/java/ wrote this log, but compilation "
        + "src/test/java/ wrote over it");
    assertThat(r.out()).doesNotContain("new finding");
  }

  @Test
  void aFolderKeepsOneLogPerCompilationAndTheGateReadsThemAll(@TempDir Path dir) throws Exception {
    Path project = project(dir);
    String folder = project.resolve("target/mapguard") + "/";
    assertThat(compile(project, "src/main/java", folder).exit()).isZero();
    assertThat(compile(project, "src/test/java", folder).exit()).isZero();
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "src-main-java.sarif", "src-test-java.sarif", BuildRecord.FILE_NAME);
    }
    CheckCommandTest.Run r = gate(project, folder);
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("2 SARIF log(s)");
    Path baseline = project.resolve("baseline.json");
    assertThat(CheckCommandTest.run("baseline", folder, "-o", baseline.toString(), "--srcroot",
        project.toString()).exit()).isZero();
    assertThat(gate(project, folder, "--baseline", baseline.toString()).exit()).isZero();

    // a rebuild replaces each compilation's line of the record, and adds none
    assertThat(compile(project, "src/test/java", folder).exit()).isZero();
    assertThat(BuildRecord.read(Path.of(folder, BuildRecord.FILE_NAME))).hasSize(2);
  }

  @Test
  void aCompilationsLogThatIsMissingReplacedOrStaleFailsClosed(@TempDir Path dir) throws Exception {
    Path project = project(dir);
    Path folder = project.resolve("target/mapguard");
    compile(project, "src/main/java", folder + "/");
    compile(project, "src/test/java", folder + "/");
    Path testLog = folder.resolve("src-test-java.sarif");
    Path kept = project.resolve("kept.sarif");
    Files.copy(testLog, kept);

    Files.delete(testLog);
    CheckCommandTest.Run missing = gate(project, folder.toString());
    assertThat(missing.exit()).as(missing.toString()).isEqualTo(2);
    assertThat(missing.err()).contains(testLog + ": missing: compilation src/test/java/ started at");

    Files.copy(folder.resolve("src-main-java.sarif"), testLog);
    CheckCommandTest.Run replaced = gate(project, folder.toString());
    assertThat(replaced.exit()).as(replaced.toString()).isEqualTo(2);
    assertThat(replaced.err()).contains("replaced: compilation src/test/java/ wrote this log, but "
        + "compilation src/main/java/ wrote over it");

    Files.copy(kept, testLog, StandardCopyOption.REPLACE_EXISTING);
    assertThat(gate(project, folder.toString(), "--fail-on", "error").exit()).isZero();
    Path edited = project.resolve("src/test/java/com/acme/InventoryCheck.java");
    Files.setLastModifiedTime(edited, FileTime.from(Instant.now().plusSeconds(60)));
    CheckCommandTest.Run stale = gate(project, folder.toString(), "--fail-on", "error");
    assertThat(stale.exit()).as(stale.toString()).isEqualTo(2);
    assertThat(stale.err()).contains("src-test-java.sarif: stale");
  }

  @Test
  void aSourceFolderWhoseCompilationRanWithoutMapGuardIsCaughtWhenTheGateIsToldOfIt(@TempDir Path dir) {
    Path project = project(dir);
    String folder = project.resolve("target/mapguard") + "/";
    compile(project, "src/main/java", folder); // the test compilation runs without the plugin
    String required = project.resolve("src/main/java") + "," + project.resolve("src/test/java");
    CheckCommandTest.Run r = gate(project, folder, "--require-sources", required, "--fail-on", "error");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(project.resolve("src/test/java") + ": no log covers these sources");
    compile(project, "src/test/java", folder);
    assertThat(gate(project, folder, "--require-sources", required, "--fail-on", "error").exit()).isZero();
  }

  @Test
  void pathsWithSpacesWorkAsABuildPropertyExpandsThem(@TempDir Path dir) {
    Path project = project(dir.resolve("jenkins workspace/my job"));
    Path folder = project.resolve("target/mapguard");
    // as Maven passes <arg>-Xplugin:MapGuard sarif=${project.build.directory}/mapguard/ ...</arg>
    SarifCompiler.Compilation c = compile(project, "src/main/java", folder + "/");
    assertThat(c.exit()).as(c.output()).isZero();
    assertThat(folder.resolve("src-main-java.sarif")).exists();
    SarifCompiler.Compilation quoted = SarifCompiler.compile(project.resolve("src/test/java"),
        "sarif=\"" + folder + "/\" srcroot=\"" + project + "\"");
    assertThat(quoted.exit()).as(quoted.output()).isZero();
    assertThat(gate(project, folder.toString()).exit()).isEqualTo(1);
  }

  @Test
  void sourcesThatDoNotCompileInTheCheckCommandGiveALogTheGateRefuses(@TempDir Path dir) throws Exception {
    Path project = Scenarios.project(dir);
    Files.write(project.resolve("src/main/java/com/acme/Latin.java"),
        "package com.acme;\nclass Latin { String s = \"caf\u00e9\"; }\n".getBytes(StandardCharsets.ISO_8859_1));
    Path log = project.resolve("out.sarif");
    CheckCommandTest.Run check = CheckCommandTest.run("check", project.resolve("src").toString(),
        "--sarif", log.toString(), "--srcroot", project.toString());
    assertThat(check.exit()).as(check.toString()).isEqualTo(3);
    assertThat(check.out()).contains("unmappable character").doesNotContain("[UnguardedMapAccess]");
    CheckCommandTest.Run r = gate(project, log.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("the compilation had errors");
    CheckCommandTest.Run latin = CheckCommandTest.run("check", project.resolve("src").toString(),
        "--encoding", "ISO-8859-1");
    assertThat(latin.exit()).as(latin.toString()).isZero();
    assertThat(latin.out()).contains("[UnguardedMapAccess]");
  }

  @Test
  void lenientCheckAnalysesWhatCompilesAndTheGateTakesItOnlyWhenTold(@TempDir Path dir) throws Exception {
    Path project = Scenarios.project(dir);
    SarifCompiler.write(project, "src/main/java/com/acme/Client.java", """
        package com.acme;

        import org.missing.Library;

        class Client {
          Library library;
          int size() { return library.size(); }
        }
        """);
    Path log = project.resolve("out.sarif");
    CheckCommandTest.Run strict = CheckCommandTest.run("check", project.resolve("src").toString());
    assertThat(strict.exit()).isEqualTo(CheckCommand.DOES_NOT_COMPILE);
    assertThat(strict.err()).contains("or --lenient to analyse what javac could attribute");
    CheckCommandTest.Run lenient = CheckCommandTest.run("check", "--lenient", project.resolve("src").toString(),
        "--sarif", log.toString(), "--srcroot", project.toString());
    assertThat(lenient.exit()).as(lenient.toString()).isZero();
    assertThat(lenient.out()).contains("[UnguardedMapAccess]").doesNotContain("internal error");
    assertThat(lenient.err()).contains("findings may be missing");
    CheckCommandTest.Run refused = gate(project, log.toString());
    assertThat(refused.exit()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err()).contains("partial: the sources did not compile");
    assertThat(gate(project, log.toString(), "--accept-partial").exit()).isEqualTo(1);
  }
}
