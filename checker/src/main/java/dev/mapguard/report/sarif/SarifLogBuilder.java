package dev.mapguard.report.sarif;

import dev.mapguard.report.InternalError;
import dev.mapguard.report.RunResult;
import dev.mapguard.report.Version;
import dev.mapguard.report.sarif.SarifModel.ArtifactLocation;
import dev.mapguard.report.sarif.SarifModel.Invocation;
import dev.mapguard.report.sarif.SarifModel.Log;
import dev.mapguard.report.sarif.SarifModel.Message;
import dev.mapguard.report.sarif.SarifModel.Notification;
import dev.mapguard.report.sarif.SarifModel.Result;
import dev.mapguard.report.sarif.SarifModel.Run;
import dev.mapguard.report.sarif.SarifModel.Tool;
import dev.mapguard.report.sarif.SarifModel.ToolComponent;
import dev.mapguard.rules.Rule;
import dev.mapguard.rules.Rules;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the SARIF log of one compilation: one run with every rule's description, one result per
 * finding, and one invocation that says whether the analysis ran and over how much code.
 * Everything but the invocation's times depends only on the sources and the options.
 */
public final class SarifLogBuilder {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String VERSION = "2.1.0";

  private final Path sourceRoot;

  /** @param sourceRoot the folder artifact URIs are relative to ({@code srcroot=}) */
  public SarifLogBuilder(Path sourceRoot) {
    this.sourceRoot = sourceRoot;
  }

  public Log build(RunResult run) {
    List<Rule> rules = Rules.all();
    ArtifactUris uris = new ArtifactUris(sourceRoot);
    ResultBuilder results = new ResultBuilder(uris, rules.stream().map(Rule::id).toList());
    List<String> fingerprints = Fingerprints.of(run.findings());
    List<Result> out = new ArrayList<>();
    for (int i = 0; i < run.findings().size(); i++) {
      out.add(results.build(run.findings().get(i), fingerprints.get(i)));
    }
    ToolComponent driver = new ToolComponent(SarifNames.TOOL, Version.get(), Version.get(),
        Version.home(), RuleDescriptors.of(rules));
    Map<String, ArtifactLocation> bases = Map.of(ArtifactUris.SRCROOT, new ArtifactLocation(null, null,
        new Message("The source root: the folder given as srcroot (by default the folder the build ran in).")));
    return new Log(SCHEMA, VERSION, List.of(new Run(new Tool(driver), List.of(invocation(run, uris)),
        bases, "utf16CodeUnits", out)));
  }

  private static Invocation invocation(RunResult run, ArtifactUris uris) {
    List<Notification> notes = new ArrayList<>();
    if (!run.analysed()) {
      notes.add(new Notification("error", new Message("The compilation did not get far enough for "
          + "MapGuard to analyse it (it has errors), so nothing was checked.")));
    }
    if (run.partial()) {
      notes.add(new Notification("error", new Message("The sources did not compile: MapGuard analysed "
          + "what javac could attribute (lenient), so findings may be missing.")));
    }
    List<Map<String, String>> errors = new ArrayList<>();
    for (InternalError e : run.internalErrors()) {
      notes.add(new Notification("error", new Message(ResultBuilder.sentence(e.message()))));
      Map<String, String> m = new LinkedHashMap<>();
      m.put("where", e.where());
      m.put("reason", e.reason());
      errors.add(m);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(SarifNames.ANALYSED, run.analysed());
    properties.put(SarifNames.SOURCE_FILES, run.sourceFiles());
    properties.put(SarifNames.CLASSES, run.classes());
    properties.put(SarifNames.SOURCE_ROOTS, run.sourceRoots().stream().map(uris::folderUri).toList());
    properties.put(SarifNames.INTERNAL_ERRORS, errors);
    if (run.compilation() != null) properties.put(SarifNames.COMPILATION, run.compilation());
    if (run.partial()) properties.put(SarifNames.PARTIAL, true);
    boolean ok = run.analysed() && !run.partial() && run.internalErrors().isEmpty();
    return new Invocation(ok, time(run.start()), time(run.end()), notes.isEmpty() ? null : notes, properties);
  }

  /** An instant as the log writes it (the build record keeps a compilation's start the same way). */
  public static String time(Instant t) {
    return t.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
