package dev.mapguard.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A SARIF 2.1.0 log read back from disk, with its MapGuard runs parsed into what the gate,
 * baseline and merge commands need. Anything that is not what MapGuard writes fails with one
 * line naming the file and the place.
 *
 * @param root  the whole log, as read (merge copies runs from it unchanged)
 * @param runs  the MapGuard runs, in file order; other tools' runs are not parsed
 * @param tools the {@code tool.driver.name} of every run, for messages
 */
public record SarifLogFile(Path path, ObjectNode root, List<Run> runs, List<String> tools) {

  /** A MapGuard run: {@code index} is its place among all runs of the file. */
  public record Run(int index, String toolVersion, List<Invocation> invocations, List<Result> results) {}

  /**
   * One compilation's invocation. The boxed values are null when the invocation does not say.
   *
   * @param internalErrors the internal errors it records, as {@code where: reason}
   * @param start          {@code startTimeUtc} as written (the build record names a run by it)
   * @param compilation    the compilation that wrote it (report.sarif.CompilationId), or null
   * @param partial        the sources did not compile and MapGuard analysed what it could (lenient)
   */
  public record Invocation(boolean executionSuccessful, Instant end, Boolean analysed,
                           Integer sourceFiles, List<String> sourceRoots, List<String> internalErrors,
                           String start, String compilation, boolean partial) {}

  /** A result; {@code level} already resolved from the rule's default when the result has none. */
  public record Result(String ruleId, String level, String uri, int line, String message,
                       String fingerprint) {}

  public static SarifLogFile read(Path path) throws BadInputException {
    JsonNode node = SarifJson.read(path);
    JsonFields f = new JsonFields(path);
    if (!node.isObject()) throw f.bad("is not a SARIF log (the top level is not a JSON object)");
    if (node.has("baselineVersion")) {
      throw f.bad("is a MapGuard baseline, not a SARIF log");
    }
    String version = f.optionalText(node, "version", "");
    if (version == null) throw f.bad("is not a SARIF log (it has no \"version\")");
    if (!version.equals(SarifLogBuilder.VERSION)) {
      throw f.bad("is SARIF version " + version + "; MapGuard reads SARIF " + SarifLogBuilder.VERSION);
    }
    List<JsonNode> all = f.array(node, "runs", "", false);
    List<Run> runs = new ArrayList<>();
    List<String> tools = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String where = "runs[" + i + "]";
      JsonNode run = all.get(i);
      if (!run.isObject()) throw f.bad(where + " is not an object");
      JsonNode driver = f.object(f.object(run, "tool", where), "driver", where + ".tool");
      String name = f.text(driver, "name", where + ".tool.driver");
      tools.add(name);
      if (name.equals(SarifNames.TOOL)) runs.add(run(f, i, run, driver));
    }
    return new SarifLogFile(path, (ObjectNode) node, runs, tools);
  }

  private static Run run(JsonFields f, int index, JsonNode run, JsonNode driver) throws BadInputException {
    String where = "runs[" + index + "]";
    List<JsonNode> rules = f.array(driver, "rules", where + ".tool.driver", true);
    List<Invocation> invocations = new ArrayList<>();
    List<JsonNode> inv = f.array(run, "invocations", where, true);
    for (int i = 0; i < inv.size(); i++) invocations.add(invocation(f, inv.get(i), where + ".invocations[" + i + "]"));
    List<Result> results = new ArrayList<>();
    List<JsonNode> res = f.array(run, "results", where, false);
    for (int i = 0; i < res.size(); i++) results.add(result(f, res.get(i), rules, where + ".results[" + i + "]"));
    return new Run(index, f.optionalText(driver, "version", where + ".tool.driver"), invocations, results);
  }

  private static Invocation invocation(JsonFields f, JsonNode inv, String where) throws BadInputException {
    Boolean ok = f.optionalBoolean(inv, "executionSuccessful", where);
    if (ok == null) throw f.bad(where + ".executionSuccessful is missing");
    String endText = f.optionalText(inv, "endTimeUtc", where);
    Instant end = null;
    if (endText != null) {
      try {
        end = Instant.parse(endText);
      } catch (DateTimeParseException e) {
        throw f.bad(where + ".endTimeUtc is not a UTC time: " + endText);
      }
    }
    JsonNode props = inv.path("properties");
    String pw = where + ".properties";
    List<String> roots = new ArrayList<>();
    for (JsonNode r : f.array(props, SarifNames.SOURCE_ROOTS, pw, true)) {
      if (!r.isTextual()) throw f.bad(pw + "." + SarifNames.SOURCE_ROOTS + " holds a non-string");
      roots.add(r.asText());
    }
    List<String> internal = new ArrayList<>();
    for (JsonNode e : f.array(props, SarifNames.INTERNAL_ERRORS, pw, true)) {
      internal.add(e.path("where").asText("?") + ": " + e.path("reason").asText("?"));
    }
    return new Invocation(ok, end, f.optionalBoolean(props, SarifNames.ANALYSED, pw),
        f.optionalInt(props, SarifNames.SOURCE_FILES, pw), roots, internal,
        f.optionalText(inv, "startTimeUtc", where), f.optionalText(props, SarifNames.COMPILATION, pw),
        Boolean.TRUE.equals(f.optionalBoolean(props, SarifNames.PARTIAL, pw)));
  }

  private static Result result(JsonFields f, JsonNode r, List<JsonNode> rules, String where)
      throws BadInputException {
    Integer ruleIndex = f.optionalInt(r, "ruleIndex", where);
    String ruleId = f.optionalText(r, "ruleId", where);
    JsonNode rule = null;
    if (ruleIndex != null && ruleIndex >= 0 && ruleIndex < rules.size()) rule = rules.get(ruleIndex);
    if (ruleId == null && rule != null) ruleId = rule.path("id").asText(null);
    if (ruleId == null) throw f.bad(where + " names no rule (no ruleId or ruleIndex)");
    String level = f.optionalText(r, "level", where);
    if (level == null) level = rule == null ? "warning" : rule.path("defaultConfiguration").path("level").asText("warning");
    String kind = f.optionalText(r, "kind", where);
    if (kind != null && !kind.equals("fail")) level = "none";
    String message = f.object(r, "message", where).path("text").asText("");
    String uri = "";
    int line = 0;
    List<JsonNode> locations = f.array(r, "locations", where, true);
    if (!locations.isEmpty()) {
      JsonNode physical = locations.get(0).path("physicalLocation");
      uri = physical.path("artifactLocation").path("uri").asText("");
      line = physical.path("region").path("startLine").asInt(0);
    }
    String fingerprint = r.path("partialFingerprints").path(Fingerprints.KEY).asText(null);
    return new Result(ruleId, level, uri, line, message, fingerprint);
  }
}
