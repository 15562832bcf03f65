package dev.mapguard.report.sarif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one argument of {@code gate}, {@code baseline} or {@code merge} stands for: a log file,
 * or a {@code sarif=} folder (every {@code *.sarif} in it), together with the build record of
 * the folder. The record lists every compilation that started with MapGuard, so a log that is
 * missing, or that another compilation overwrote, shows up here as a problem instead of passing.
 *
 * @param logs    the log files to read (those the record names and that exist, and any other
 *                {@code *.sarif} of a folder)
 * @param record  the record's entries that concern these logs
 * @param missing one line per compilation of the record whose log does not exist, or for a
 *                folder that holds neither logs nor a record
 */
public record LogFolder(List<Path> logs, List<BuildRecord.Entry> record, List<String> missing) {

  public static LogFolder of(Path arg) throws BadInputException {
    boolean folder = Files.isDirectory(arg);
    Path dir = folder ? arg : arg.toAbsolutePath().getParent();
    Path recordFile = dir.resolve(BuildRecord.FILE_NAME);
    List<BuildRecord.Entry> entries = new ArrayList<>();
    for (BuildRecord.Entry e : BuildRecord.read(recordFile)) {
      if (folder || e.log().equals(arg.getFileName().toString())) entries.add(e);
    }
    List<String> missing = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (BuildRecord.Entry e : entries) {
      Path log = folder ? arg.resolve(e.log()) : arg;
      if (!Files.exists(log)) {
        missing.add(log + ": missing: compilation " + e.compilation() + " started at " + e.started()
            + " with MapGuard (" + recordFile + ") but left no log: it failed before its end, "
            + "or the log was deleted");
      }
    }
    if (folder) {
      try (Stream<Path> files = Files.list(arg)) {
        files.filter(p -> p.getFileName().toString().endsWith(".sarif") && Files.isRegularFile(p))
            .sorted().forEach(logs::add);
      } catch (IOException e) {
        throw new BadInputException(arg, "cannot list the folder: " + e.getMessage());
      }
      if (logs.isEmpty() && entries.isEmpty()) {
        missing.add(arg + ": missing: no SARIF log and no build record in this folder (did javac run"
            + " with -Xplugin:MapGuard sarif=" + arg + "/ ?)");
      }
    } else if (Files.exists(arg) || entries.isEmpty()) {
      logs.add(arg); // a missing file the record does not know about: the reader says so
    }
    return new LogFolder(logs, entries, missing);
  }

  /**
   * Why {@code log} is not the log the record says its compilation wrote: another compilation
   * overwrote it, a later run of its compilation left none, or no compilation of the record
   * wrote it. Empty when it matches, or when there is no record (a log written by {@code check}).
   */
  public List<String> problems(SarifLogFile log) {
    List<String> out = new ArrayList<>();
    if (record.isEmpty()) return out;
    List<SarifLogFile.Invocation> invocations = new ArrayList<>();
    for (SarifLogFile.Run run : log.runs()) invocations.addAll(run.invocations());
    String name = log.path().getFileName().toString();
    boolean recorded = false;
    for (BuildRecord.Entry e : record) {
      if (!e.log().equals(name)) continue;
      recorded = true;
      if (invocations.stream().anyMatch(i -> e.compilation().equals(i.compilation()) && e.started().equals(i.start()))) {
        continue;
      }
      SarifLogFile.Invocation writer = invocations.isEmpty() ? null : invocations.get(0);
      if (writer != null && writer.compilation() != null && !writer.compilation().equals(e.compilation())) {
        out.add("replaced: compilation " + e.compilation() + " wrote this log, but compilation "
            + writer.compilation() + " wrote over it, so the first one's findings are lost. Give "
            + "each compilation its own log: sarif=<folder>/ (a folder, ending in /)");
      } else {
        out.add("missing: the run of compilation " + e.compilation() + " that started at "
            + e.started() + " left no log; this one is from "
            + (writer == null ? "no run" : "a run started at " + writer.start())
            + ". Rebuild with 'clean'");
      }
    }
    if (!recorded) {
      out.add("no compilation in the build record " + BuildRecord.FILE_NAME + " of this folder"
          + " wrote this log (copied here from elsewhere?)");
    }
    return out;
  }
}
