package dev.mapguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The part of the SARIF 2.1.0 object model that MapGuard writes, as plain records. Jackson
 * writes each record's properties in declaration order and leaves out nulls ({@link SarifJson}),
 * so an absent optional property is null and an empty list that means "none" is written.
 */
public final class SarifModel {
  private SarifModel() {}

  public record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  public record Run(Tool tool, List<Invocation> invocations,
                    Map<String, ArtifactLocation> originalUriBaseIds, String columnKind,
                    List<Result> results) {}

  public record Tool(ToolComponent driver) {}

  public record ToolComponent(String name, String version, String semanticVersion,
                              String informationUri, List<ReportingDescriptor> rules) {}

  public record ReportingDescriptor(String id, String name, MultiformatMessage shortDescription,
                                    MultiformatMessage fullDescription, MultiformatMessage help,
                                    String helpUri, Configuration defaultConfiguration,
                                    Map<String, Object> properties) {}

  public record Configuration(String level) {}

  public record MultiformatMessage(String text, String markdown) {
    public static MultiformatMessage plain(String text) {
      return new MultiformatMessage(text, null);
    }
  }

  public record Message(String text) {}

  public record Invocation(boolean executionSuccessful, String startTimeUtc, String endTimeUtc,
                           List<Notification> toolExecutionNotifications,
                           Map<String, Object> properties) {}

  public record Notification(String level, Message message) {}

  public record Result(String ruleId, int ruleIndex, String level, Message message,
                       List<Location> locations, List<Location> relatedLocations,
                       List<CodeFlow> codeFlows, Map<String, String> partialFingerprints,
                       List<Fix> fixes) {}

  /** {@code id} is set only on related locations (SARIF numbers them from 1). */
  public record Location(Integer id, PhysicalLocation physicalLocation, Message message) {}

  public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  /** A file relative to a base ({@code %SRCROOT%}), or a base's own description. */
  public record ArtifactLocation(String uri, String uriBaseId, Message description) {
    public static ArtifactLocation relative(String uri, String uriBaseId) {
      return new ArtifactLocation(uri, uriBaseId, null);
    }
  }

  /** Lines and columns are 1-based; columns count UTF-16 code units, end column exclusive. */
  public record Region(int startLine, int startColumn, int endLine, int endColumn) {}

  public record CodeFlow(Message message, List<ThreadFlow> threadFlows) {}

  public record ThreadFlow(Message message, List<ThreadFlowLocation> locations) {}

  public record ThreadFlowLocation(Location location, List<String> kinds, int nestingLevel) {}

  public record Fix(Message description, List<ArtifactChange> artifactChanges) {}

  public record ArtifactChange(ArtifactLocation artifactLocation, List<Replacement> replacements) {}

  public record Replacement(Region deletedRegion, ArtifactContent insertedContent) {}

  public record ArtifactContent(String text) {}
}
