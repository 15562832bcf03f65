package dev.mapguard.cli;

import dev.mapguard.report.sarif.AnalysisEvidence;
import dev.mapguard.report.sarif.BadInputException;
import dev.mapguard.report.sarif.LogFolder;
import dev.mapguard.report.sarif.SarifLogFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The logs named on a command line (files or {@code sarif=} folders), read and checked for proof
 * that MapGuard analysed the current sources: the build record (no compilation's log missing or
 * replaced) and each log's own evidence (complete, not stale). {@code gate} and {@code baseline}
 * both refuse what this finds.
 *
 * @param logs     every log that could be read, problems or not
 * @param problems one line per problem, naming the file
 */
record CheckedLogs(List<SarifLogFile> logs, List<String> problems) {

  static CheckedLogs read(List<Path> args, Path srcRoot, boolean acceptPartial) {
    AnalysisEvidence evidence = new AnalysisEvidence(srcRoot, acceptPartial);
    List<SarifLogFile> logs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path arg : args) {
      LogFolder folder;
      try {
        folder = LogFolder.of(arg);
      } catch (BadInputException e) {
        problems.add(e.getMessage());
        continue;
      }
      problems.addAll(folder.missing());
      for (Path file : folder.logs()) {
        if (!Files.exists(file)) {
          problems.add(file + ": missing: no SARIF log was written here (did javac run with "
              + "-Xplugin:MapGuard sarif=" + file + " ?)");
          continue;
        }
        SarifLogFile log;
        try {
          log = SarifLogFile.read(file);
        } catch (BadInputException e) {
          problems.add(e.getMessage());
          continue;
        }
        logs.add(log);
        for (String p : folder.problems(log)) problems.add(file + ": " + p);
        for (String p : evidence.problems(log)) problems.add(file + ": " + p);
      }
    }
    return new CheckedLogs(logs, problems);
  }

  /** How many logs were named, for summaries. */
  int count() {
    return logs.size();
  }
}
