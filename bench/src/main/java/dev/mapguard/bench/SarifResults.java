package dev.mapguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of a MapGuard SARIF log with the places each one points at (its location, then its
 * related locations: the other side of a race), and whether the analysis ran at all.
 */
record SarifResults(boolean analysed, List<Result> results) {

  /** A file (relative to the srcroot) and line. */
  record Place(String uri, int line) {}

  record Result(String rule, String message, List<Place> places) {}

  static SarifResults read(Path sarif) throws IOException {
    JsonNode root = new ObjectMapper().readTree(sarif.toFile());
    boolean analysed = !root.path("runs").isEmpty();
    List<Result> out = new ArrayList<>();
    for (JsonNode run : root.path("runs")) {
      for (JsonNode inv : run.path("invocations")) {
        analysed &= inv.path("executionSuccessful").asBoolean(false)
            && inv.path("properties").path("analysed").asBoolean(false);
      }
      for (JsonNode r : run.path("results")) {
        List<Place> places = new ArrayList<>();
        for (JsonNode loc : r.path("locations")) places.add(place(loc));
        for (JsonNode loc : r.path("relatedLocations")) places.add(place(loc));
        out.add(new Result(r.path("ruleId").asText(), r.path("message").path("text").asText(), List.copyOf(places)));
      }
    }
    return new SarifResults(analysed, List.copyOf(out));
  }

  private static Place place(JsonNode location) {
    JsonNode p = location.path("physicalLocation");
    return new Place(p.path("artifactLocation").path("uri").asText(""), p.path("region").path("startLine").asInt(0));
  }
}
