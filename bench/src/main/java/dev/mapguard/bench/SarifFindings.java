package dev.mapguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads MapGuard's SARIF log into findings with their traces (one per thread flow), for triage. */
final class SarifFindings {
  /**
   * One finding: its fingerprint (the SARIF partialFingerprints, which survive edits elsewhere in
   * the file: what keeps a verdict attached across runs), rule, {@code path:line}, message, and
   * each side's trace as lines.
   */
  record Finding(String fingerprint, String rule, String location, String message, List<List<String>> traces) {
    /**
     * Where each trace starts (its thread root) and ends (the access), in order: the pair of
     * accesses and threads the finding is about. The steps between and the message's words may
     * change from one run to the next without changing it.
     */
    List<String> ends() {
      List<String> out = new ArrayList<>();
      for (List<String> trace : traces) {
        if (!trace.isEmpty()) out.add(place(trace.get(0)) + " -> " + place(trace.get(trace.size() - 1)));
      }
      return out;
    }

    /** The {@code file:line} a trace step is at (its text follows two spaces). */
    private static String place(String step) {
      String s = step.strip();
      int gap = s.indexOf("  ");
      return gap < 0 ? s : s.substring(0, gap);
    }
  }

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
        out.add(new Finding(fingerprint(r.path("partialFingerprints")), r.path("ruleId").asText(),
            where(r.path("locations").path(0).path("physicalLocation")), r.path("message").path("text").asText(),
            traces));
      }
    }
    return out;
  }

  /**
   * {@code key=value} of each partialFingerprints entry, keys in order, joined by ' ': the key is
   * kept so that a changed recipe (a new key) reads as a new finding rather than a false match.
   */
  private static String fingerprint(JsonNode partial) {
    Map<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : partial.properties()) sorted.put(e.getKey(), e.getValue().asText());
    List<String> parts = new ArrayList<>();
    sorted.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(" ", parts);
  }

  private static String where(JsonNode physical) {
    return physical.path("artifactLocation").path("uri").asText("?") + ":"
        + physical.path("region").path("startLine").asInt(0);
  }
}
