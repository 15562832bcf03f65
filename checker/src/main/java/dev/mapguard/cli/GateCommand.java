package dev.mapguard.cli;

import dev.mapguard.report.sarif.BadInputException;
import dev.mapguard.report.FindingLayout;
import dev.mapguard.report.sarif.Baseline;
import dev.mapguard.report.sarif.SarifLogFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gate SARIF... [--baseline FILE] [--fail-on LEVEL]}: the CI gate. Fails on new findings,
 * and fails closed when the logs do not prove that MapGuard analysed the current sources.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
    description = {"Fail a CI build on MapGuard findings that are not in the baseline, and on "
        + "SARIF logs that do not show a complete analysis of the current sources.",
        "Exit codes: 0 no new finding at or above the level;",
        "1 new findings (each printed as file:line: [Rule] headline, the details indented below);",
        "2 the analysis did not run, or an input is unusable: a SARIF log missing (also one a "
            + "compilation in the build record did not leave), replaced by another compilation's, "
            + "unreadable, without a MapGuard run, of a run that analysed 0 files or recorded an "
            + "internal error or compilation errors, or older than the newest .java file under "
            + "its source folders; a bad baseline; a usage error."})
final class GateCommand implements Callable<Integer> {
  static final int NEW_FINDINGS = 1;
  static final int DID_NOT_RUN = 2;

  @Parameters(paramLabel = "SARIF", arity = "1..*",
      description = "SARIF logs written by MapGuard, or sarif= folders (every log in it, checked "
          + "against the folder's build record).")
  List<Path> logs;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Findings to accept (from 'baseline').")
  Path baseline;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
      description = "error, warning (default) or note: the lowest level that fails the gate.")
  String failOn;

  @Option(names = "--require-sources", paramLabel = "DIR", split = ",",
      description = "Source folders the logs must cover: each that holds a .java file must be a "
          + "source folder of some log's compilation (catches a compilation that ran without MapGuard).")
  List<Path> requiredSources = new java.util.ArrayList<>();

  @Option(names = "--accept-partial",
      description = "Accept logs of 'check --lenient' over sources that did not compile (findings may be missing).")
  boolean acceptPartial;

  @CommandLine.Mixin
  SrcRootOption srcRoot;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** SARIF levels a result can have, lowest first. */
  enum Level {
    NONE, NOTE, WARNING, ERROR;

    /** A result's level; SARIF says an unknown one reads as warning. */
    static Level of(String sarifLevel) {
      for (Level l : values()) {
        if (l.name().toLowerCase(Locale.ROOT).equals(sarifLevel)) return l;
      }
      return WARNING;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Level threshold = switch (failOn) {
      case "error" -> Level.ERROR;
      case "warning" -> Level.WARNING;
      case "note" -> Level.NOTE;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--fail-on takes error, warning or note, not '" + failOn + "'");
    };
    Set<String> accepted = Set.of();
    if (baseline != null) {
      try {
        accepted = Baseline.read(baseline).fingerprints();
      } catch (BadInputException e) {
        err.println("mapguard gate: " + e.getMessage());
        return DID_NOT_RUN;
      }
    }
    CheckedLogs checked = CheckedLogs.read(logs, srcRoot.srcroot, acceptPartial);
    List<String> problems = new java.util.ArrayList<>(checked.problems());
    problems.addAll(SourceCoverage.uncovered(requiredSources, checked.logs(), srcRoot.srcroot));
    if (!problems.isEmpty()) {
      // findings of logs that prove nothing would read as a result: only the reasons are printed
      for (String p : problems) err.println("mapguard gate: " + p);
      err.println("mapguard gate: FAILED CLOSED: the analysis did not run, or cannot be shown to "
          + "have run on these sources (" + problems.size() + " problem(s) above); "
          + "no finding counts until it has.");
      return DID_NOT_RUN;
    }
    int fresh = 0;
    int known = 0;
    for (SarifLogFile log : checked.logs()) {
      for (SarifLogFile.Run run : log.runs()) {
        for (SarifLogFile.Result r : run.results()) {
          if (Level.of(r.level()).compareTo(threshold) < 0) continue;
          if (r.fingerprint() != null && accepted.contains(r.fingerprint())) {
            known++;
            continue;
          }
          fresh++;
          // the short first line and indented details, as check and javac print them
          out.println(r.uri() + ":" + r.line() + ": " + FindingLayout.text(r.ruleId(), r.message())
              .replace("\n", System.lineSeparator()));
        }
      }
    }
    out.println("MapGuard gate: " + fresh + " new finding(s) at " + failOn + " or above, " + known
        + " in the baseline, " + checked.count() + " SARIF log(s).");
    return fresh > 0 ? NEW_FINDINGS : 0;
  }
}
