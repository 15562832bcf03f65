package dev.mapguard.cli;

import dev.mapguard.report.sarif.BadInputException;
import dev.mapguard.report.sarif.LogFolder;
import dev.mapguard.report.sarif.SarifJson;
import dev.mapguard.report.sarif.SarifLogFile;
import dev.mapguard.report.sarif.SarifMerge;
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

/** {@code merge SARIF... -o FILE}: one upload-ready log from the logs of several modules. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Combine the SARIF logs of several modules into one log with one MapGuard run "
        + "(GitHub code scanning rejects several runs of one tool in one upload). The gate "
        + "checks the merged log like the separate ones.",
        "Exit codes: 0 written; 2 an input is unusable, or a usage error."})
final class MergeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SARIF", arity = "1..*",
      description = "SARIF logs to combine, or sarif= folders (every log in them).")
  List<Path> logs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Log to write.")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<SarifLogFile> read = new ArrayList<>();
    boolean bad = false;
    for (Path arg : logs) {
      try {
        for (Path file : LogFolder.of(arg).logs()) read.add(SarifLogFile.read(file));
      } catch (BadInputException e) {
        err.println("mapguard merge: " + e.getMessage());
        bad = true;
      }
    }
    if (bad) return Main.USAGE;
    try {
      SarifJson.write(SarifMerge.merge(read), output);
    } catch (BadInputException e) {
      err.println("mapguard merge: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("mapguard merge: " + output + ": cannot be written (" + e.getMessage() + ")");
      return Main.USAGE;
    }
    int results = read.stream().mapToInt(l -> l.runs().stream().mapToInt(r -> r.results().size()).sum()).sum();
    spec.commandLine().getOut().println("MapGuard merge: " + read.size() + " log(s), " + results
        + " MapGuard result(s), written to " + output + ".");
    return 0;
  }
}
