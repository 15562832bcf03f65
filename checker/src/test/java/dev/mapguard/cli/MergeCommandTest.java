package dev.mapguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mapguard.report.sarif.SarifCompiler;
import dev.mapguard.report.sarif.SarifSchema;
import dev.mapguard.report.sarif.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two modules of one repository, each with its own log, merged into one upload. */
class MergeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path repo;

  @TempDir
  Path tmp;

  static Path orders;
  static Path shop;

  @BeforeAll
  static void analyseTwoModules() {
    orders = module("orders", Scenarios.INVENTORY_PATH, Scenarios.INVENTORY);
    shop = module("shop", SHOP_PATH, Scenarios.INVENTORY.replace("package com.acme;", "package com.shop;")
        .replace("stock.merge(sku, n, Integer::sum)", "stock.put(sku, n)"));
  }

  private static final String SHOP_PATH = "src/main/java/com/shop/Inventory.java";

  private static Path module(String name, String path, String source) {
    Path dir = repo.resolve(name);
    SarifCompiler.write(dir, path, source);
    Path log = dir.resolve("target/mapguard.sarif");
    SarifCompiler.Compilation c = SarifCompiler.compile(dir.resolve("src"), "sarif=" + log + " srcroot=" + repo);
    assertThat(c.exit()).as(c.output()).isZero();
    SarifSchema.requireValid(log);
    return log;
  }

  @Test
  void theMapGuardRunsBecomeOneRunWithEveryInvocationAndResult() throws IOException {
    Path merged = tmp.resolve("mapguard.sarif");
    CheckCommandTest.Run r = CheckCommandTest.run("merge", orders.toString(), shop.toString(), "-o", merged.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    SarifSchema.requireValid(merged);
    JsonNode log = JSON.readTree(merged.toFile());
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.get("runs").get(0);
    assertThat(run.get("invocations")).hasSize(2);
    assertThat(run.get("results")).hasSize(4);
    assertThat(run.at("/tool/driver/rules")).hasSize(JSON.readTree(orders.toFile()).at("/runs/0/tool/driver/rules").size());
    for (JsonNode result : run.get("results")) {
      assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
    assertThat(run.findValuesAsText("uri")).contains("orders/" + Scenarios.INVENTORY_PATH, "shop/" + SHOP_PATH);

    CheckCommandTest.Run gate = CheckCommandTest.run("gate", merged.toString(), "--srcroot", repo.toString());
    assertThat(gate.exit()).as(gate.toString()).isEqualTo(1);
    assertThat(gate.out()).contains("orders/" + Scenarios.INVENTORY_PATH + ":20:")
        .contains("shop/" + SHOP_PATH + ":20:");
  }

  @Test
  void theGateStillSeesAModuleThatDidNotRunInsideAMergedLog() {
    Path empty = SarifFiles.edit(shop, tmp.resolve("shop.sarif"), l -> SarifFiles.properties(l).put("sourceFiles", 0));
    Path merged = tmp.resolve("merged.sarif");
    assertThat(CheckCommandTest.run("merge", orders.toString(), empty.toString(), "-o", merged.toString()).exit()).isZero();
    SarifSchema.requireValid(merged);
    CheckCommandTest.Run gate = CheckCommandTest.run("gate", merged.toString(), "--srcroot", repo.toString());
    assertThat(gate.exit()).isEqualTo(2);
    assertThat(gate.err()).contains("MapGuard analysed 0 source files");
  }

  @Test
  void otherToolsRunsAreKeptAsTheyAre() throws IOException {
    Path other = SarifFiles.edit(shop, tmp.resolve("other.sarif"),
        l -> ((ObjectNode) l.at("/runs/0/tool/driver")).put("name", "OtherTool"));
    Path merged = tmp.resolve("merged.sarif");
    assertThat(CheckCommandTest.run("merge", orders.toString(), other.toString(), "-o", merged.toString()).exit()).isZero();
    SarifSchema.requireValid(merged);
    JsonNode runs = JSON.readTree(merged.toFile()).get("runs");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(1).at("/tool/driver/name").asText()).isEqualTo("OtherTool");
  }

  @Test
  void badInputAndMixedVersionsAreOneLineEach() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.sarif"), "not json");
    Path out = tmp.resolve("out.sarif");
    CheckCommandTest.Run r = CheckCommandTest.run("merge", orders.toString(), bad.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("mapguard merge: " + bad + ": is not valid JSON").doesNotContain("\n");
    assertThat(out).doesNotExist();

    Path older = SarifFiles.edit(shop, tmp.resolve("older.sarif"),
        l -> ((ObjectNode) l.at("/runs/0/tool/driver")).put("version", "0.0.1"));
    CheckCommandTest.Run mixed = CheckCommandTest.run("merge", orders.toString(), older.toString(), "-o", out.toString());
    assertThat(mixed.exit()).isEqualTo(2);
    assertThat(mixed.err()).contains("older.sarif: was written by MapGuard 0.0.1");
  }
}
