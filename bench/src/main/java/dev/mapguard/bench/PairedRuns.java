package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of compilations of the same sources, plain javac then javac + MapGuard (with
 * {@code stats}), alternating A B A B so that both see the same machine; each writes class files
 * to a fresh folder.
 *
 * @param mapguardOwnMs MapGuard's own time in each MapGuard run (its stats line), -1 if absent
 * @param lastLog       what the last MapGuard run reported
 * @param internalErrors most internal errors reported by one MapGuard run
 */
record PairedRuns(List<Double> plainSeconds, List<Double> mapguardSeconds, List<Long> plainRssKb,
                  List<Long> mapguardRssKb, List<Long> mapguardOwnMs, List<Integer> plainExit,
                  List<Integer> mapguardExit, CompilerLog lastLog, int internalErrors) {

  /**
   * What to compile and how; MapGuard runs write SARIF ({@code mapguard-N.sarif}, paths relative
   * to {@code srcRoot}).
   */
  record Job(int jdk, List<Path> classpath, List<String> flags, Path sourcesFile, Path pluginJar,
             Path srcRoot, String pluginOptions) {}

  static PairedRuns run(Job job, Path dir, int pairs) throws IOException, InterruptedException {
    List<Double> plainS = new ArrayList<>(), mgS = new ArrayList<>();
    List<Long> plainRss = new ArrayList<>(), mgRss = new ArrayList<>(), own = new ArrayList<>();
    List<Integer> plainExit = new ArrayList<>(), mgExit = new ArrayList<>();
    CompilerLog last = null;
    int internal = 0;
    for (int i = 1; i <= pairs; i++) {
      TimedProcess.Result a = compile(job, dir, "plain-" + i, List.of());
      plainS.add(a.seconds());
      plainRss.add(a.peakRssKb());
      plainExit.add(a.exitCode());
      String options = "stats sarif=" + dir.resolve("mapguard-" + i + ".sarif") + " srcroot=" + job.srcRoot()
          + " " + job.pluginOptions();
      TimedProcess.Result b = compile(job, dir, "mapguard-" + i, JavacInvocation.plugin(job.pluginJar(),
          options.strip()));
      mgS.add(b.seconds());
      mgRss.add(b.peakRssKb());
      mgExit.add(b.exitCode());
      last = CompilerLog.read(b.log());
      own.add(last.stats().getOrDefault("total-ms", -1L));
      internal = Math.max(internal, last.internalErrors().size());
    }
    LibraryCache.deleteTree(dir.resolve("classes"));
    return new PairedRuns(plainS, mgS, plainRss, mgRss, own, plainExit, mgExit, last, internal);
  }

  private static TimedProcess.Result compile(Job job, Path dir, String name, List<String> pluginArgs)
      throws IOException, InterruptedException {
    Path classes = dir.resolve("classes");
    LibraryCache.deleteTree(classes);
    Files.createDirectories(classes);
    List<String> cmd = JavacInvocation.command(Jdks.javac(job.jdk()), job.jdk(), job.classpath(),
        job.flags(), classes, job.sourcesFile(), pluginArgs);
    return TimedProcess.run(cmd, dir.resolve(name + ".log"));
  }

  double plainMedian() {
    return Numbers.median(plainSeconds);
  }

  double mapguardMedian() {
    return Numbers.median(mapguardSeconds);
  }

  /** The median of the per-pair ratios (each pair ran back to back, so shares the machine's mood). */
  double ratio() {
    List<Double> r = new ArrayList<>();
    for (int i = 0; i < plainSeconds.size(); i++) r.add(mapguardSeconds.get(i) / plainSeconds.get(i));
    return Numbers.median(r);
  }

  long plainRssMb() {
    return Numbers.medianLong(plainRssKb) / 1024;
  }

  long mapguardRssMb() {
    return Numbers.medianLong(mapguardRssKb) / 1024;
  }

  double rssRatio() {
    return (double) Numbers.medianLong(mapguardRssKb) / Numbers.medianLong(plainRssKb);
  }

  long ownMsMedian() {
    return Numbers.medianLong(mapguardOwnMs);
  }

  /** Median of one stats value (e.g. {@code analyse-ms}) is not kept per run: the last run's. */
  long lastStat(String key) {
    return lastLog == null ? -1 : lastLog.stats().getOrDefault(key, -1L);
  }

  int findings() {
    return lastLog == null ? 0 : lastLog.findings().size();
  }

  /** MapGuard runs that failed although plain javac compiled the same sources. */
  int javacFailures() {
    int n = 0;
    for (int i = 0; i < mapguardExit.size(); i++) {
      if (mapguardExit.get(i) != 0 && plainExit.get(i) == 0) n++;
    }
    return n;
  }

  static String exitCodes(List<Integer> exits) {
    return exits.stream().allMatch(c -> c == 0) ? "0"
        : String.join(",", exits.stream().map(String::valueOf).toList());
  }
}
