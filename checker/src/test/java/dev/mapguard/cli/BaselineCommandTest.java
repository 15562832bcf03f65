package dev.mapguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapguard.report.sarif.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineCommandTest extends AnalysedProjectTest {

  @Test
  void writesSortedReadableJsonKeyedByFingerprint() throws IOException {
    Path out = tmp.resolve("baseline.json");
    CheckCommandTest.Run r = CheckCommandTest.run("baseline", sarif.toString(), "-o", out.toString(), "--srcroot", project.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("2 finding(s) written");
    String text = Files.readString(out);
    assertThat(text).startsWith("{\n  \"tool\": \"MapGuard\",\n  \"baselineVersion\": 1,\n"
        + "  \"fingerprintKey\": \"mapguard/v1\",\n  \"findings\": [\n    {\n      \"fingerprint\": \"")
        .endsWith("}\n");
    JsonNode findings = new ObjectMapper().readTree(text).get("findings");
    List<String> keys = new ArrayList<>();
    for (JsonNode f : findings) {
      assertThat(f.get("file").asText()).isEqualTo(Scenarios.INVENTORY_PATH);
      assertThat(f.get("ruleId").asText()).isEqualTo("UnguardedMapAccess");
      keys.add(f.get("fingerprint").asText());
    }
    assertThat(keys).isSorted().hasSize(2);

    // the same log gives the same file
    Path again = tmp.resolve("again.json");
    CheckCommandTest.run("baseline", sarif.toString(), "-o", again.toString(), "--srcroot", project.toString());
    assertThat(Files.readString(again)).isEqualTo(text);
  }

  @Test
  void refusesALogThatDoesNotShowACompleteAnalysis() {
    Path zero = SarifFiles.edit(sarif, tmp.resolve("zero.sarif"), l -> SarifFiles.properties(l).put("sourceFiles", 0));
    Path out = tmp.resolve("baseline.json");
    CheckCommandTest.Run r = CheckCommandTest.run("baseline", zero.toString(), "-o", out.toString(), "--srcroot", project.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("zero.sarif: MapGuard analysed 0 source files");
    assertThat(out).doesNotExist();
  }
}
