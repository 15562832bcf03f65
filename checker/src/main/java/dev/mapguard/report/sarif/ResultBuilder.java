package dev.mapguard.report.sarif;

import dev.mapguard.model.SourcePos;
import dev.mapguard.report.sarif.SarifModel.ArtifactChange;
import dev.mapguard.report.sarif.SarifModel.ArtifactContent;
import dev.mapguard.report.sarif.SarifModel.ArtifactLocation;
import dev.mapguard.report.sarif.SarifModel.CodeFlow;
import dev.mapguard.report.sarif.SarifModel.Location;
import dev.mapguard.report.sarif.SarifModel.Message;
import dev.mapguard.report.sarif.SarifModel.PhysicalLocation;
import dev.mapguard.report.sarif.SarifModel.Region;
import dev.mapguard.report.sarif.SarifModel.Replacement;
import dev.mapguard.report.sarif.SarifModel.Result;
import dev.mapguard.report.sarif.SarifModel.ThreadFlow;
import dev.mapguard.report.sarif.SarifModel.ThreadFlowLocation;
import dev.mapguard.rules.Finding;
import dev.mapguard.rules.Fix;
import dev.mapguard.rules.RelatedLocation;
import dev.mapguard.rules.Trace;
import dev.mapguard.rules.TraceStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One finding as a SARIF result: the access as the primary location, the access it races with
 * as a related location, each trace as a thread flow (thread root, each call, the access), the
 * fingerprint, and the fix as a replacement where there is one.
 */
final class ResultBuilder {
  private final ArtifactUris uris;
  private final Map<String, Integer> ruleIndex;

  ResultBuilder(ArtifactUris uris, List<String> ruleIds) {
    this.uris = uris;
    this.ruleIndex = new LinkedHashMap<>();
    for (int i = 0; i < ruleIds.size(); i++) ruleIndex.put(ruleIds.get(i), i);
  }

  Result build(Finding f, String fingerprint) {
    Integer index = ruleIndex.get(f.ruleId());
    if (index == null) throw new IllegalStateException("finding of unknown rule " + f.ruleId());
    List<Location> related = new ArrayList<>();
    for (RelatedLocation r : f.related()) {
      related.add(new Location(related.size() + 1, physical(r.pos()), new Message(sentence(r.message()))));
    }
    List<CodeFlow> flows = f.traces().isEmpty() ? null
        : List.of(new CodeFlow(null, f.traces().stream().map(this::threadFlow).toList()));
    List<SarifModel.Fix> fixes = f.fix().map(fix -> List.of(fix(fix))).orElse(null);
    return new Result(f.ruleId(), index, f.severity().sarifLevel(), new Message(sentence(f.message())),
        List.of(new Location(null, physical(f.primary()), null)),
        related.isEmpty() ? null : related, flows, Map.of(Fingerprints.KEY, fingerprint), fixes);
  }

  private ThreadFlow threadFlow(Trace t) {
    List<ThreadFlowLocation> steps = new ArrayList<>();
    int depth = 0;
    for (TraceStep s : t.steps()) {
      String kind = switch (s.kind()) {
        case THREAD_ROOT -> "enter";
        case CALL -> "call";
        case ACCESS -> "memory";
      };
      steps.add(new ThreadFlowLocation(new Location(null, physical(s.pos()), new Message(sentence(s.message()))),
          List.of(kind), depth));
      if (s.kind() != TraceStep.Kind.ACCESS) depth++;
    }
    return new ThreadFlow(new Message(sentence(t.thread())), steps);
  }

  private SarifModel.Fix fix(Fix fix) {
    // one artifactChange per file, in the order the files first appear
    Map<String, List<Replacement>> byFile = new LinkedHashMap<>();
    for (Fix.Edit e : fix.edits()) {
      byFile.computeIfAbsent(e.region().file(), k -> new ArrayList<>())
          .add(new Replacement(region(e.region()), new ArtifactContent(e.replacement())));
    }
    List<ArtifactChange> changes = new ArrayList<>();
    byFile.forEach((file, replacements) -> changes.add(new ArtifactChange(artifact(file), replacements)));
    return new SarifModel.Fix(new Message(sentence(fix.description())), changes);
  }

  PhysicalLocation physical(SourcePos pos) {
    return new PhysicalLocation(artifact(pos.file()), pos.line() >= 1 ? region(pos) : null);
  }

  private ArtifactLocation artifact(String file) {
    return ArtifactLocation.relative(uris.uri(file), ArtifactUris.SRCROOT);
  }

  private static Region region(SourcePos p) {
    int startColumn = Math.max(1, p.column());
    int endLine = Math.max(p.line(), p.endLine());
    int endColumn = endLine == p.line() ? Math.max(startColumn, p.endColumn()) : Math.max(1, p.endColumn());
    return new Region(p.line(), startColumn, endLine, endColumn);
  }

  /** SARIF viewers expect each message to be a sentence (multitool rule SARIF2001). */
  static String sentence(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) return t;
    return t + ".";
  }
}
