package dev.mapguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.mapguard.report.sarif.SarifCompiler;
import dev.mapguard.report.sarif.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way out of {@code gate}: pass, new findings, and each reason to fail closed. */
class GateCommandTest extends AnalysedProjectTest {

  private static CheckCommandTest.Run gate(String... args) {
    return CheckCommandTest.gate(project, args);
  }

  @Test
  void aNewFindingFailsWithExitOneAndIsPrintedAsFileLineRuleMessage() {
    CheckCommandTest.Run r = gate(sarif.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains(Scenarios.INVENTORY_PATH + ":20: [UnguardedMapAccess] HashMap Inventory.stock")
        .contains(Scenarios.INVENTORY_PATH + ":24: [UnguardedMapAccess] ")
        .contains("2 new finding(s) at warning or above");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void baselinedFindingsPass() {
    Path baseline = tmp.resolve("mapguard-baseline.json");
    CheckCommandTest.Run made = CheckCommandTest.run("baseline", sarif.toString(), "-o", baseline.toString(), "--srcroot", project.toString());
    assertThat(made.exit()).as(made.toString()).isZero();
    CheckCommandTest.Run r = gate(sarif.toString(), "--baseline", baseline.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("0 new finding(s)").contains("2 in the baseline").doesNotContain("[Unguarded");
  }

  @Test
  void aFindingMissingFromTheBaselineStillFails() {
    Path baseline = tmp.resolve("baseline.json");
    CheckCommandTest.run("baseline", sarif.toString(), "-o", baseline.toString(), "--srcroot", project.toString());
    SarifFiles.edit(baseline, baseline, b -> ((ArrayNode) b.get("findings")).remove(1));
    CheckCommandTest.Run r = gate(sarif.toString(), "--baseline", baseline.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("1 new finding(s)").contains("1 in the baseline");
  }

  @Test
  void failOnErrorLetsWarningsThrough() {
    CheckCommandTest.Run r = gate(sarif.toString(), "--fail-on", "error");
    assertThat(r.exit()).as(r.toString()).isZero();
    CheckCommandTest.Run bad = gate(sarif.toString(), "--fail-on", "fatal");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--fail-on takes error, warning or note");
  }

  @Test
  void aMissingLogFailsClosed() {
    Path missing = tmp.resolve("target/mapguard.sarif");
    CheckCommandTest.Run r = gate(missing.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(missing + ": missing: no SARIF log was written here")
        .contains("FAILED CLOSED");
    assertThat(r.out()).as("no count of findings when nothing was shown to run").doesNotContain("new finding");
  }

  @Test
  void aRunThatAnalysedNoFilesFailsClosed() {
    Path zero = SarifFiles.edit(sarif, tmp.resolve("zero.sarif"), log -> {
      SarifFiles.properties(log).put("sourceFiles", 0);
      ((ArrayNode) log.at("/runs/0/results")).removeAll();
    });
    CheckCommandTest.Run r = gate(zero.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("zero.sarif: MapGuard analysed 0 source files");
  }

  @Test
  void anInternalErrorFailsClosed(@TempDir Path broken) {
    Scenarios.project(broken);
    System.setProperty("mapguard.faultInjection", "analysis");
    try {
      SarifCompiler.Compilation c = SarifCompiler.analyse(broken, "");
      assertThat(c.exit()).as("the build goes on").isZero();
      assertThat(c.output()).contains("internal error");
    } finally {
      System.clearProperty("mapguard.faultInjection");
    }
    CheckCommandTest.Run r = CheckCommandTest.run("gate", SarifCompiler.sarifOf(broken).toString(), "--srcroot", broken.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("MapGuard failed with an internal error")
        .contains("fault injected at analysis");
  }

  @Test
  void sourcesThatDoNotCompileFailClosed(@TempDir Path broken) {
    Scenarios.project(broken);
    SarifCompiler.write(broken, Scenarios.SAFE_PATH, Scenarios.SAFE.replace("n++;", "n++"));
    SarifCompiler.Compilation c = SarifCompiler.analyse(broken, "");
    assertThat(c.exit()).isNotZero();
    CheckCommandTest.Run r = CheckCommandTest.run("gate", SarifCompiler.sarifOf(broken).toString(), "--srcroot", broken.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("the compilation had errors, so MapGuard analysed nothing");
  }

  @Test
  void aReportOlderThanTheSourcesIsStale(@TempDir Path edited) throws IOException {
    Scenarios.project(edited);
    assertThat(SarifCompiler.analyse(edited, "").exit()).isZero();
    Path log = SarifCompiler.sarifOf(edited);
    assertThat(CheckCommandTest.run("gate", log.toString(), "--srcroot", edited.toString()).exit()).isEqualTo(1);
    // an edit after the build, which an incremental build then skipped compiling
    Files.setLastModifiedTime(edited.resolve(Scenarios.SAFE_PATH),
        FileTime.from(Instant.now().plus(1, ChronoUnit.MINUTES)));
    CheckCommandTest.Run r = CheckCommandTest.run("gate", log.toString(), "--srcroot", edited.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("stale: MapGuard wrote it at").contains("Counter.java changed at");
  }

  @Test
  void aSourceRootThatIsNotThereFailsClosed() {
    CheckCommandTest.Run r = CheckCommandTest.run("gate", sarif.toString(), "--srcroot", tmp.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("its source folder src/main/java/ is not under " + tmp);
  }

  @Test
  void malformedJsonIsOneLineNamingTheFile() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.sarif"), "{\"version\": \"2.1.0\", \"runs\": [");
    CheckCommandTest.Run r = gate(bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.contains("bad.sarif")).toList()).singleElement()
        .asString().startsWith("mapguard gate: " + bad + ": is not valid JSON at line 1");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void otherToolsAndOtherVersionsAreNamedAsSuch() throws IOException {
    Path other = SarifFiles.edit(sarif, tmp.resolve("other.sarif"),
        log -> ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/tool/driver")).put("name", "SpotBugs"));
    CheckCommandTest.Run r = gate(other.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("other.sarif: holds no run from MapGuard (only from SpotBugs)");

    Path old = SarifFiles.edit(sarif, tmp.resolve("old.sarif"), log -> log.put("version", "2.0.0"));
    assertThat(gate(old.toString()).err()).contains("old.sarif: is SARIF version 2.0.0; MapGuard reads SARIF 2.1.0");

    Path notSarif = Files.writeString(tmp.resolve("x.sarif"), "[1, 2]");
    assertThat(gate(notSarif.toString()).err()).contains("x.sarif: is not a SARIF log");
  }

  @Test
  void aBaselineOfAnotherToolOrVersionIsRejected() throws IOException {
    Path foreign = Files.writeString(tmp.resolve("foreign.json"),
        "{\"tool\": \"detekt\", \"baselineVersion\": 1, \"findings\": []}");
    CheckCommandTest.Run r = gate(sarif.toString(), "--baseline", foreign.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("mapguard gate: " + foreign + ": is not a MapGuard baseline (it is from detekt)");

    Path future = Files.writeString(tmp.resolve("future.json"),
        "{\"tool\": \"MapGuard\", \"baselineVersion\": 7, \"fingerprintKey\": \"mapguard/v1\", \"findings\": []}");
    assertThat(gate(sarif.toString(), "--baseline", future.toString()).err())
        .contains("is baseline format version 7; this MapGuard reads version 1");

    CheckCommandTest.Run sarifAsBaseline = gate(sarif.toString(), "--baseline", sarif.toString());
    assertThat(sarifAsBaseline.exit()).isEqualTo(2);
    assertThat(sarifAsBaseline.err()).contains("is a SARIF log, not a baseline");
  }
}
