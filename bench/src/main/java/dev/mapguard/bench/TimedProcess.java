package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command under GNU time ({@code /usr/bin/time}), which reports the wall time and the
 * peak resident set size of the process (from the kernel's rusage, so nothing is missed between
 * samples). The command's output goes to a log file.
 */
final class TimedProcess {
  /** The outcome of one timed command. */
  record Result(int exitCode, double seconds, long peakRssKb, Path log) {}

  private TimedProcess() {}

  static Result run(List<String> command, Path log) throws IOException, InterruptedException {
    Path timeFile = log.resolveSibling(log.getFileName() + ".time");
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timeFile.toString()));
    cmd.addAll(command);
    Files.createDirectories(log.getParent());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    p.waitFor();
    return read(log);
  }

  /** The result of an earlier run, from its log and GNU time's file beside it. */
  static Result read(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log.resolveSibling(log.getFileName() + ".time"));
    // GNU time writes "Command exited with non-zero status N" first when the command fails
    int rc = 0;
    for (String line : lines) {
      if (line.startsWith("Command exited with non-zero status ")) rc = Integer.parseInt(line.replaceAll("\\D", ""));
      if (line.startsWith("Command terminated by signal ")) rc = 128 + Integer.parseInt(line.replaceAll("\\D", ""));
    }
    String[] last = lines.get(lines.size() - 1).strip().split("\\s+");
    return new Result(rc, Double.parseDouble(last[0]), Long.parseLong(last[1]), log);
  }
}
