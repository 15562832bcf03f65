package dev.mapguard.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapguard.rules.Rule;
import dev.mapguard.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF log the plugin writes with {@code sarif=PATH}: valid, complete, stable. */
class SarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path project;

  static String text;
  static JsonNode log;

  @BeforeAll
  static void compile() throws IOException {
    Scenarios.project(project);
    SarifCompiler.Compilation c = SarifCompiler.analyse(project, "");
    assertThat(c.exit()).as(c.output()).isZero();
    text = Files.readString(SarifCompiler.sarifOf(project));
    log = JSON.readTree(text);
  }

  private static JsonNode run() {
    return log.get("runs").get(0);
  }

  private static List<JsonNode> results() {
    List<JsonNode> out = new ArrayList<>();
    run().get("results").forEach(out::add);
    return out;
  }

  @Test
  void isValidAgainstTheOasisSchema() {
    assertThat(SarifSchema.violations(text)).isEmpty();
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
  }

  @Test
  void theSchemaCheckRejectsWhatTheSchemaForbids() {
    assertThat(SarifSchema.violations(text.replace("\"level\": \"warning\"", "\"level\": \"warn\"")))
        .isNotEmpty();
    assertThat(SarifSchema.violations(text.replace("\"startLine\": 20", "\"startLine\": 0"))).isNotEmpty();
  }

  @Test
  void findingsCarryTracesRelatedLocationsFixesAndFingerprints() {
    assertThat(results()).hasSize(2);
    JsonNode write = results().stream()
        .filter(r -> r.at("/locations/0/physicalLocation/region/startLine").asInt() == 20).findFirst().orElseThrow();
    assertThat(write.get("ruleId").asText()).isEqualTo("UnguardedMapAccess");
    assertThat(write.get("level").asText()).isEqualTo("warning");
    assertThat(write.at("/message/text").asText()).contains("Inventory.stock");
    assertThat(write.get("relatedLocations")).hasSize(1);
    assertThat(write.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(24);

    JsonNode flows = write.at("/codeFlows/0/threadFlows");
    assertThat(flows).hasSize(2);
    JsonNode task = flows.get(0).get("locations");
    assertThat(task.get(0).at("/kinds/0").asText()).isEqualTo("enter");
    assertThat(task.get(0).at("/location/physicalLocation/region/startLine").asInt()).isEqualTo(16);
    assertThat(task.get(task.size() - 1).at("/kinds/0").asText()).isEqualTo("memory");
    assertThat(task.get(task.size() - 1).at("/location/physicalLocation/region/startLine").asInt()).isEqualTo(20);
    assertThat(flows.get(0).get("locations").toString()).contains("\"call\"");

    assertThat(write.at("/partialFingerprints/" + Fingerprints.KEY.replace("/", "~1")).asText()).matches("[0-9a-f]{32}:1");
    JsonNode fix = write.at("/fixes/0");
    assertThat(fix.at("/artifactChanges/0/replacements/0/insertedContent/text").asText())
        .startsWith("new java.util.concurrent.ConcurrentHashMap<");
    assertThat(fix.at("/artifactChanges/0/replacements/0/deletedRegion/startLine").asInt()).isEqualTo(8);
  }

  @Test
  void locationsAreRelativeToTheSourceRootAndNoAbsolutePathIsWritten() throws IOException {
    for (JsonNode location : log.findValues("artifactLocation")) {
      assertThat(location.get("uri").asText()).isEqualTo(Scenarios.INVENTORY_PATH);
      assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }
    assertThat(text).doesNotContain(project.toString()).doesNotContain(project.toRealPath().toString())
        .doesNotContain("file:");
  }

  @Test
  void regionsCountCharactersFromOneWithAnExclusiveEnd() {
    JsonNode region = results().get(0).at("/locations/0/physicalLocation/region");
    String line = Scenarios.INVENTORY.lines().toList().get(region.get("startLine").asInt() - 1);
    String access = line.substring(region.get("startColumn").asInt() - 1, region.get("endColumn").asInt() - 1);
    assertThat(access).isEqualTo("stock.merge(sku, n, Integer::sum)");
  }

  @Test
  void driverDescribesEveryRuleFromItsPage() {
    JsonNode driver = run().at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("MapGuard");
    assertThat(driver.get("semanticVersion").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
    JsonNode rules = driver.get("rules");
    assertThat(rules).hasSize(Rules.all().size());
    for (int i = 0; i < Rules.all().size(); i++) {
      Rule rule = Rules.all().get(i);
      JsonNode r = rules.get(i);
      RuleDoc doc = RuleDoc.load(rule.id(), RuleDescriptors.pageUri(rule.id()));
      assertThat(r.get("id").asText()).isEqualTo(rule.id());
      assertThat(r.get("name").asText()).isNotEqualTo(rule.id()).isNotBlank();
      assertThat(r.at("/shortDescription/text").asText()).isEqualTo(rule.summary());
      assertThat(r.at("/fullDescription/markdown").asText()).isEqualTo(doc.summary());
      assertThat(r.at("/help/markdown").asText()).isEqualTo(doc.body()).contains("## ");
      assertThat(r.at("/help/text").asText()).isNotBlank().doesNotContain("`");
      assertThat(r.get("helpUri").asText()).endsWith("/docs/rules/" + rule.id() + ".md");
      assertThat(r.at("/defaultConfiguration/level").asText()).isEqualTo(rule.defaultSeverity().sarifLevel());
      assertThat(r.at("/properties/tags").toString()).contains("\"concurrency\"");
      assertThat(r.at("/properties/precision").asText()).isIn("very-high", "high", "medium", "low");
    }
    for (JsonNode result : results()) {
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asText()).isEqualTo(result.get("ruleId").asText());
    }
  }

  @Test
  void invocationSaysTheAnalysisRanAndOverWhat() {
    JsonNode inv = run().at("/invocations/0");
    assertThat(inv.get("executionSuccessful").asBoolean()).isTrue();
    assertThat(inv.get("startTimeUtc").asText()).endsWith("Z");
    assertThat(inv.get("endTimeUtc").asText()).endsWith("Z");
    assertThat(inv.at("/properties/sourceFiles").asInt()).isEqualTo(2);
    assertThat(inv.at("/properties/classes").asInt()).isEqualTo(2);
    assertThat(inv.at("/properties/internalErrors")).isEmpty();
    assertThat(inv.at("/properties/sourceRoots/0").asText()).isEqualTo("src/main/java/");
  }
}
