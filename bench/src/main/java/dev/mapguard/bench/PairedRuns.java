package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pairs of compilations of the same sources, plain javac then javac + MapGuard (with
 * {@code stats}), alternating A B A B so that both see the same machine; each writes class files
 * to a fresh folder. With the floor plugins, each round also runs javac + the empty plugin and
 * javac + the walking plugin between the two (A C W B A C W B ...).
 *
 * @param mapguardStats the stats line of each MapGuard run (empty if it printed none)
 * @param lastLog       what the last MapGuard run reported
 * @param internalErrors most internal errors reported by one MapGuard run
 * @param rounds        each round's runs as measured (the floor runs null when none ran)
 */
record PairedRuns(List<Double> plainSeconds, List<Double> mapguardSeconds, List<Long> plainRssKb,
                  List<Long> mapguardRssKb, List<Map<String, Long>> mapguardStats, List<Integer> plainExit,
                  List<Integer> mapguardExit, CompilerLog lastLog, int internalErrors,
                  List<Double> floorSeconds, List<Long> floorRssKb, List<Round> rounds) {

  /**
   * One round: plain javac, javac + the empty plugin and javac + the walking plugin (both null if
   * the floor did not run; the walk also in logs of runs older than it), javac + MapGuard.
   */
  record Round(TimedProcess.Result plain, TimedProcess.Result floor, TimedProcess.Result walk,
               TimedProcess.Result mapguard) {}

  /** Which run of a round. */
  enum Variant {
    PLAIN, FLOOR, WALK, MAPGUARD;

    TimedProcess.Result of(Round r) {
      return switch (this) {
        case PLAIN -> r.plain();
        case FLOOR -> r.floor();
        case WALK -> r.walk();
        case MAPGUARD -> r.mapguard();
      };
    }
  }

  /**
   * What to compile and how; with {@code sarif}, MapGuard runs write SARIF
   * ({@code mapguard-N.sarif}, paths relative to {@code srcRoot}); {@code floorJar} is the
   * {@link FloorPluginJar}, or null to run no floor.
   */
  record Job(int jdk, List<Path> classpath, List<String> flags, Path sourcesFile, Path pluginJar,
             boolean sarif, Path srcRoot, String pluginOptions, Path floorJar) {}

  /** The pairs an earlier run left in {@code dir} (its logs and GNU time files), or null if none. */
  static PairedRuns load(Path dir) throws IOException {
    Results r = new Results();
    for (int i = 1; Files.exists(dir.resolve("mapguard-" + i + ".log.time")); i++) {
      r.add(TimedProcess.read(dir.resolve("plain-" + i + ".log")), readIfRan(dir.resolve("floor-" + i + ".log")),
          readIfRan(dir.resolve("walk-" + i + ".log")), TimedProcess.read(dir.resolve("mapguard-" + i + ".log")));
    }
    return r.plainS.isEmpty() ? null : r.build();
  }

  private static TimedProcess.Result readIfRan(Path log) throws IOException {
    return Files.exists(log.resolveSibling(log.getFileName() + ".time")) ? TimedProcess.read(log) : null;
  }

  static PairedRuns run(Job job, Path dir, int pairs) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) { // an earlier run's logs must not mix with this one's
      for (Path f : old.filter(f -> f.getFileName().toString().matches("(plain|floor|walk|mapguard)-\\d+\\..*")).toList()) {
        Files.delete(f);
      }
    }
    Results r = new Results();
    for (int i = 1; i <= pairs; i++) {
      TimedProcess.Result a = compile(job, dir, "plain-" + i, List.of());
      TimedProcess.Result c = job.floorJar() == null ? null
          : compile(job, dir, "floor-" + i, FloorPluginJar.emptyArgs(job.floorJar()));
      TimedProcess.Result w = job.floorJar() == null ? null
          : compile(job, dir, "walk-" + i, FloorPluginJar.walkArgs(job.floorJar()));
      String options = "stats " + (job.sarif() ? "sarif=" + dir.resolve("mapguard-" + i + ".sarif")
          + " srcroot=" + job.srcRoot() + " " : "") + job.pluginOptions();
      TimedProcess.Result b = compile(job, dir, "mapguard-" + i, JavacInvocation.plugin(job.pluginJar(),
          options.strip()));
      r.add(a, c, w, b);
    }
    LibraryCache.deleteTree(dir.resolve("classes"));
    return r.build();
  }

  /** Collects pairs as they come. */
  private static final class Results {
    final List<Double> plainS = new ArrayList<>(), mgS = new ArrayList<>();
    final List<Long> plainRss = new ArrayList<>(), mgRss = new ArrayList<>();
    final List<Map<String, Long>> stats = new ArrayList<>();
    final List<Integer> plainExit = new ArrayList<>(), mgExit = new ArrayList<>();
    final List<Double> floorS = new ArrayList<>();
    final List<Long> floorRss = new ArrayList<>();
    final List<Round> rounds = new ArrayList<>();
    CompilerLog last;
    int internal;

    /** {@code floor} and {@code walk} are null when they did not run. */
    void add(TimedProcess.Result plain, TimedProcess.Result floor, TimedProcess.Result walk,
             TimedProcess.Result mapguard) throws IOException {
      plainS.add(plain.seconds());
      for (TimedProcess.Result f : java.util.Arrays.asList(floor, walk)) {
        if (f != null && f.exitCode() != 0 && plain.exitCode() == 0) {
          // a harness problem (a floor plugin not found), not MapGuard's: its times would mislead
          throw new IOException("javac with a floor plugin failed where plain javac passed: see " + f.log());
        }
      }
      if (walk != null && walk.exitCode() == 0 && !walked(walk.log())) {
        // a walk that resolved nothing measured nothing: its times would pass for a floor
        throw new IOException("javac with the walking plugin resolved no names: see " + walk.log());
      }
      if (floor != null) {
        floorS.add(floor.seconds());
        floorRss.add(floor.peakRssKb());
      }
      plainRss.add(plain.peakRssKb());
      plainExit.add(plain.exitCode());
      mgS.add(mapguard.seconds());
      mgRss.add(mapguard.peakRssKb());
      mgExit.add(mapguard.exitCode());
      last = CompilerLog.read(mapguard.log());
      stats.add(last.stats());
      internal = Math.max(internal, last.internalErrors().size());
      rounds.add(new Round(plain, floor, walk, mapguard));
    }

    private static boolean walked(Path log) throws IOException {
      try (var lines = Files.lines(log)) {
        return lines.anyMatch(l -> l.startsWith(WalkPlugin.REPORT) && !l.equals(WalkPlugin.REPORT + "0"));
      }
    }

    PairedRuns build() {
      return new PairedRuns(plainS, mgS, plainRss, mgRss, stats, plainExit, mgExit, last, internal, floorS, floorRss,
          rounds);
    }
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
    return medianRatio(mapguardSeconds, plainSeconds);
  }

  /** Whether every pair also ran the empty plugin. */
  boolean hasFloor() {
    return !floorSeconds.isEmpty() && floorSeconds.size() == plainSeconds.size();
  }

  double floorMedian() {
    return Numbers.median(floorSeconds);
  }

  /** The empty plugin's time over plain javac's, as {@link #ratio()}. */
  double floorRatio() {
    return medianRatio(floorSeconds, plainSeconds);
  }

  /** MapGuard's time over the empty plugin's: what MapGuard's own work costs beyond the floor. */
  double ratioOverFloor() {
    return medianRatio(mapguardSeconds, floorSeconds);
  }

  /** Whether every round also ran the walking plugin. */
  boolean hasWalk() {
    return !rounds.isEmpty() && rounds.stream().allMatch(r -> r.walk() != null);
  }

  /** The walking plugin's time over plain javac's, as {@link #ratio()}; NaN if it did not run. */
  double walkRatio() {
    return hasWalk() ? medianRatio(secondsOf(Variant.WALK), plainSeconds) : Double.NaN;
  }

  /** MapGuard's time over the walking plugin's: what building and analysing the model costs. */
  double ratioOverWalk() {
    return hasWalk() ? medianRatio(mapguardSeconds, secondsOf(Variant.WALK)) : Double.NaN;
  }

  /** Median wall time of one kind of run; NaN if it did not run in every round. */
  double medianSeconds(Variant v) {
    return medianOf(v, TimedProcess.Result::seconds);
  }

  private List<Double> secondsOf(Variant v) {
    List<Double> out = new ArrayList<>();
    for (Round r : rounds) out.add(v.of(r).seconds());
    return out;
  }

  /** Median processor time of one kind of run (all threads: javac's, the JIT's, the collector's); NaN if unmeasured. */
  double cpuMedian(Variant v) {
    return medianOf(v, TimedProcess.Result::cpuSeconds);
  }

  /** Median time the JIT compilers spent in one kind of run; NaN if unmeasured. */
  double jitMedian(Variant v) {
    return medianOf(v, TimedProcess.Result::jitSeconds);
  }

  private double medianOf(Variant v, java.util.function.ToDoubleFunction<TimedProcess.Result> value) {
    List<Double> values = new ArrayList<>();
    for (Round r : rounds) {
      TimedProcess.Result run = v.of(r);
      if (run == null || Double.isNaN(value.applyAsDouble(run))) return Double.NaN;
      values.add(value.applyAsDouble(run));
    }
    return values.isEmpty() ? Double.NaN : Numbers.median(values);
  }

  long floorRssMb() {
    return Numbers.medianLong(floorRssKb) / 1024;
  }

  private static double medianRatio(List<Double> over, List<Double> under) {
    List<Double> r = new ArrayList<>();
    for (int i = 0; i < under.size(); i++) r.add(over.get(i) / under.get(i));
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

  /** MapGuard's own time (its stats total), median over the runs. */
  long ownMsMedian() {
    return statMedian("total-ms");
  }

  /** The median of one value of the stats lines (e.g. {@code analyse-ms}), -1 if none printed it. */
  long statMedian(String key) {
    List<Long> values = mapguardStats.stream().filter(m -> m.containsKey(key)).map(m -> m.get(key)).toList();
    return values.isEmpty() ? -1 : Numbers.medianLong(values);
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
