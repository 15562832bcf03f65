package dev.mapguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads MapGuard's SARIF log into findings with their traces (one per thread flow), for triage. */
final class SarifFindings {
  /** One finding: rule, {@code path:line}, message, and each side's trace as lines. */
  record Finding(String rule, String location, String message, List<List<String>> traces) {}

  private SarifFindings() {}

  static List<Finding> read(Path sarif) throws IOException {
    JsonNode root = new ObjectMapper().readTree(sarif.toFile());
    List<Finding> out = new ArrayList<>();
    for (JsonNode run : root.path("runs")) {
      for (JsonNode r : run.path("results")) {
        List<List<String>> traces = new ArrayList<>();
        for (JsonNode flow : r.path("codeFlows")) {
          for (JsonNode thread : flow.path("threadFlows")) {
            List<String> steps = new ArrayList<>();
            for (JsonNode step : thread.path("locations")) {
              JsonNode loc = step.path("location");
              steps.add("  ".repeat(step.path("nestingLevel").asInt(0)) + where(loc.path("physicalLocation"))
                  + "  " + loc.path("message").path("text").asText());
            }
            traces.add(steps);
          }
        }
        out.add(new Finding(r.path("ruleId").asText(), where(r.path("locations").path(0).path("physicalLocation")),
            r.path("message").path("text").asText(), traces));
      }
    }
    return out;
  }

  private static String where(JsonNode physical) {
    return physical.path("artifactLocation").path("uri").asText("?") + ":"
        + physical.path("region").path("startLine").asInt(0);
  }
}
