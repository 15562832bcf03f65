package dev.mapguard.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same sources, same bytes; edits elsewhere in the file leave fingerprints alone. */
class SarifStabilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String sarif(Path project) throws IOException {
    SarifCompiler.Compilation c = SarifCompiler.analyse(project, "");
    assertThat(c.exit()).as(c.output()).isZero();
    return Files.readString(SarifCompiler.sarifOf(project));
  }

  private static String withoutTimes(String sarif) {
    return sarif.replaceAll("\"(start|end)TimeUtc\": \"[^\"]*\"", "\"$1TimeUtc\": \"T\"");
  }

  @Test
  void identicalSourcesGiveByteIdenticalSarifApartFromInvocationTimes(@TempDir Path a, @TempDir Path b)
      throws IOException {
    String first = sarif(Scenarios.project(a));
    String second = sarif(Scenarios.project(a));
    String elsewhere = sarif(Scenarios.project(b));
    assertThat(first).contains("\"startTimeUtc\"");
    assertThat(withoutTimes(second)).isEqualTo(withoutTimes(first));
    // nothing in the log depends on where the project is checked out
    assertThat(withoutTimes(elsewhere)).isEqualTo(withoutTimes(first));
    assertThat(first).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void fingerprintsStayTheSameWhenLinesAreAddedAbove(@TempDir Path project) throws IOException {
    Scenarios.project(project);
    JsonNode before = JSON.readTree(sarif(project));
    String edited = Scenarios.INVENTORY.replace("public class Inventory {",
        "/** Stock levels.\n * Now with a longer comment.\n */\npublic class Inventory {\n  private int unrelated;\n");
    SarifCompiler.write(project, Scenarios.INVENTORY_PATH, edited);
    JsonNode after = JSON.readTree(sarif(project));

    assertThat(lines(after)).isNotEqualTo(lines(before));
    assertThat(lines(after).get(0)).isEqualTo(lines(before).get(0) + 5);
    assertThat(fingerprints(after)).isEqualTo(fingerprints(before)).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void theFingerprintChangesWhenTheAccessChanges(@TempDir Path project) throws IOException {
    Scenarios.project(project);
    JsonNode before = JSON.readTree(sarif(project));
    SarifCompiler.write(project, Scenarios.INVENTORY_PATH,
        Scenarios.INVENTORY.replace("stock.merge(sku, n, Integer::sum)", "stock.put(sku, n)"));
    JsonNode after = JSON.readTree(sarif(project));
    assertThat(fingerprints(after)).hasSize(2);
    assertThat(fingerprints(after)).containsAnyElementsOf(fingerprints(before))
        .isNotEqualTo(fingerprints(before));
  }

  private static List<Integer> lines(JsonNode log) {
    List<Integer> out = new ArrayList<>();
    for (JsonNode r : log.at("/runs/0/results")) {
      out.add(r.at("/locations/0/physicalLocation/region/startLine").asInt());
    }
    return out;
  }

  private static List<String> fingerprints(JsonNode log) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : log.at("/runs/0/results")) out.add(r.get("partialFingerprints").get(Fingerprints.KEY).asText());
    return out;
  }
}
