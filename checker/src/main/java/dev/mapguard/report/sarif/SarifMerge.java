package dev.mapguard.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the SARIF logs of several modules into one log to upload. GitHub code scanning rejects
 * a file with several runs of one tool (and category), so the MapGuard runs become one run: the
 * rules once, every result (its {@code ruleIndex} renumbered), and every module's invocation, so
 * the gate still sees each compilation. Other tools' runs are copied as they are.
 */
public final class SarifMerge {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SarifMerge() {}

  public static ObjectNode merge(List<SarifLogFile> logs) throws BadInputException {
    ObjectNode merged = null;
    String version = null;
    SarifLogFile first = null;
    List<JsonNode> others = new ArrayList<>();
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (SarifLogFile log : logs) {
      ArrayNode runs = (ArrayNode) log.root().get("runs");
      List<Integer> ours = log.runs().stream().map(SarifLogFile.Run::index).toList();
      for (int i = 0; i < runs.size(); i++) {
        ObjectNode run = (ObjectNode) runs.get(i);
        if (!ours.contains(i)) {
          others.add(run.deepCopy());
          continue;
        }
        String v = run.path("tool").path("driver").path("version").asText("");
        if (merged == null) {
          merged = run.deepCopy();
          merged.set("results", JSON.arrayNode());
          merged.set("invocations", JSON.arrayNode());
          ((ObjectNode) merged.get("tool").get("driver")).set("rules", JSON.arrayNode());
          version = v;
          first = log;
        } else if (!v.equals(version)) {
          throw new BadInputException(log.path(), "was written by MapGuard " + v + " but "
              + first.path() + " by MapGuard " + version + "; merge logs of one version");
        }
        add(merged, run, ruleIndex);
      }
    }
    ObjectNode out = JSON.objectNode();
    out.put("$schema", SarifLogBuilder.SCHEMA);
    out.put("version", SarifLogBuilder.VERSION);
    ArrayNode runs = out.putArray("runs");
    if (merged != null) runs.add(merged);
    runs.addAll(others);
    return out;
  }

  private static void add(ObjectNode merged, ObjectNode run, Map<String, Integer> ruleIndex) {
    ArrayNode mergedRules = (ArrayNode) merged.get("tool").get("driver").get("rules");
    JsonNode rules = run.path("tool").path("driver").path("rules");
    // this run's rule positions, mapped to the merged run's
    List<Integer> remap = new ArrayList<>();
    for (JsonNode rule : rules) {
      String id = rule.path("id").asText();
      Integer at = ruleIndex.get(id);
      if (at == null) {
        at = mergedRules.size();
        ruleIndex.put(id, at);
        mergedRules.add(rule.deepCopy());
      }
      remap.add(at);
    }
    for (JsonNode invocation : run.path("invocations")) {
      ((ArrayNode) merged.get("invocations")).add(invocation.deepCopy());
    }
    for (JsonNode result : run.path("results")) {
      ObjectNode r = result.deepCopy();
      JsonNode index = r.get("ruleIndex");
      if (index != null && index.canConvertToInt() && index.asInt() >= 0 && index.asInt() < remap.size()) {
        r.put("ruleIndex", remap.get(index.asInt()));
      } else if (r.has("ruleId") && ruleIndex.containsKey(r.get("ruleId").asText())) {
        r.put("ruleIndex", ruleIndex.get(r.get("ruleId").asText()));
      }
      ((ArrayNode) merged.get("results")).add(r);
    }
  }
}
