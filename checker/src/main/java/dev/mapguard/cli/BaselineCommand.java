package dev.mapguard.cli;

import dev.mapguard.report.sarif.Baseline;
import dev.mapguard.report.sarif.SarifLogFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baseline SARIF... -o FILE}: accepts today's findings, so the gate fails only on new ones.
 * Refuses logs that do not show a complete analysis: a baseline made from nothing hides nothing
 * but says something false.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = {"Write the findings of SARIF logs to a baseline file (sorted JSON, by fingerprint) "
        + "for 'gate --baseline'.",
        "Exit codes: 0 written; 2 a log is unusable or does not show a complete analysis, or a usage error."})
final class BaselineCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SARIF", arity = "1..*",
      description = "SARIF logs written by MapGuard, or sarif= folders.")
  List<Path> logs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Baseline file to write.")
  Path output;

  @CommandLine.Mixin
  SrcRootOption srcRoot;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Baseline.Entry> entries = new ArrayList<>();
    CheckedLogs checked = CheckedLogs.read(logs, srcRoot.srcroot, false);
    List<String> problems = new ArrayList<>(checked.problems());
    for (SarifLogFile log : checked.logs()) {
      for (SarifLogFile.Run run : log.runs()) {
        for (SarifLogFile.Result r : run.results()) {
          if (r.fingerprint() == null) {
            problems.add(log.path() + ": a " + r.ruleId() + " result at " + r.uri() + ":" + r.line()
                + " has no fingerprint to put in a baseline");
            continue;
          }
          entries.add(new Baseline.Entry(r.fingerprint(), r.ruleId(), r.uri(), r.message()));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("mapguard baseline: " + p));
      return Main.USAGE;
    }
    try {
      Baseline.of(entries).write(output);
    } catch (IOException e) {
      err.println("mapguard baseline: " + output + ": cannot be written (" + e.getMessage() + ")");
      return Main.USAGE;
    }
    spec.commandLine().getOut().println("MapGuard baseline: " + entries.size() + " finding(s) written to " + output + ".");
    return 0;
  }
}
