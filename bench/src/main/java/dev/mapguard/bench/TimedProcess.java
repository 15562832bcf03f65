package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command under GNU time ({@code /usr/bin/time}), which reports the wall time, the peak
 * resident set size and the processor time of the process (from the kernel's rusage, so nothing
 * is missed between samples). The command's output goes to a log file.
 */
final class TimedProcess {
  /**
   * The outcome of one timed command. {@code cpuSeconds}: user and system time of all its threads
   * (NaN in logs of older runs); {@code jitSeconds}: the HotSpot JIT compilers' share of it, as
   * {@code -XX:+CITime} printed it in the log (NaN if it did not).
   */
  record Result(int exitCode, double seconds, long peakRssKb, double cpuSeconds, double jitSeconds, Path log) {}

  /** The line {@code -XX:+CITime} prints at exit with the time all JIT compilations took. */
  private static final Pattern JIT_TOTAL = Pattern.compile("^\\s*Total compilation time\\s*:\\s*([\\d.]+) s");

  private TimedProcess() {}

  static Result run(List<String> command, Path log) throws IOException, InterruptedException {
    Path timeFile = log.resolveSibling(log.getFileName() + ".time");
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", timeFile.toString()));
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
    double cpu = last.length >= 4 ? Double.parseDouble(last[2]) + Double.parseDouble(last[3]) : Double.NaN;
    return new Result(rc, Double.parseDouble(last[0]), Long.parseLong(last[1]), cpu, jitSeconds(log), log);
  }

  private static double jitSeconds(Path log) throws IOException {
    if (!Files.exists(log)) return Double.NaN;
    try (var lines = Files.lines(log)) {
      return lines.map(JIT_TOTAL::matcher).filter(Matcher::find).mapToDouble(m -> Double.parseDouble(m.group(1)))
          .findFirst().orElse(Double.NaN);
    }
  }
}
