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
 * @param rounds         each round's runs as measured
 * @param mapguardStats  the stats line of each MapGuard run (empty if it printed none)
 * @param lastLog        what the last MapGuard run reported
 * @param internalErrors most internal errors reported by one MapGuard run
 */
record PairedRuns(List<Round> rounds, List<Map<String, Long>> mapguardStats, CompilerLog lastLog,
                  int internalErrors) {

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
    return r.rounds.isEmpty() ? null : r.build();
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

  /** Collects rounds as they come. */
  private static final class Results {
    final List<Round> rounds = new ArrayList<>();
    final List<Map<String, Long>> stats = new ArrayList<>();
    CompilerLog last;
    int internal;

    /** {@code floor} and {@code walk} are null when they did not run. */
    void add(TimedProcess.Result plain, TimedProcess.Result floor, TimedProcess.Result walk,
             TimedProcess.Result mapguard) throws IOException {
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
      return new PairedRuns(List.copyOf(rounds), List.copyOf(stats), last, internal);
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

  /** The wall times of one kind of run, round by round (null where it did not run). */
  private List<Double> seconds(Variant v) {
    List<Double> out = new ArrayList<>();
    for (Round r : rounds) out.add(v.of(r) == null ? null : v.of(r).seconds());
    return out;
  }

  /** Whether every round ran this kind of run. */
  private boolean ran(Variant v) {
    return !rounds.isEmpty() && rounds.stream().allMatch(r -> v.of(r) != null);
  }

  double plainMedian() {
    return medianSeconds(Variant.PLAIN);
  }

  double mapguardMedian() {
    return medianSeconds(Variant.MAPGUARD);
  }

  double floorMedian() {
    return medianSeconds(Variant.FLOOR);
  }

  /** Median wall time of one kind of run; NaN if it did not run in every round. */
  double medianSeconds(Variant v) {
    return medianOf(v, TimedProcess.Result::seconds);
  }

  /**
   * The median of the per-round ratios of two kinds of run (a round's runs ran back to back, so
   * they share the machine's mood); NaN if one of them did not run in every round.
   */
  private double ratio(Variant over, Variant under) {
    if (!ran(over) || !ran(under)) return Double.NaN;
    List<Double> a = seconds(over), b = seconds(under), r = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) r.add(a.get(i) / b.get(i));
    return Numbers.median(r);
  }

  /** MapGuard's time over plain javac's. */
  double ratio() {
    return ratio(Variant.MAPGUARD, Variant.PLAIN);
  }

  /** Whether every round also ran the empty plugin. */
  boolean hasFloor() {
    return ran(Variant.FLOOR);
  }

  /** The empty plugin's time over plain javac's. */
  double floorRatio() {
    return ratio(Variant.FLOOR, Variant.PLAIN);
  }

  /** MapGuard's time over the empty plugin's: what MapGuard's own work costs beyond the floor. */
  double ratioOverFloor() {
    return ratio(Variant.MAPGUARD, Variant.FLOOR);
  }

  /** Whether every round also ran the walking plugin (logs of older runs have none). */
  boolean hasWalk() {
    return ran(Variant.WALK);
  }

  /** The walking plugin's time over plain javac's; NaN if it did not run. */
  double walkRatio() {
    return ratio(Variant.WALK, Variant.PLAIN);
  }

  /** MapGuard's time over the walking plugin's: what building and analysing the model costs. */
  double ratioOverWalk() {
    return ratio(Variant.MAPGUARD, Variant.WALK);
  }

  /** Median processor time of one kind of run (javac's, the JIT's and the collector's threads); NaN if unmeasured. */
  double cpuMedian(Variant v) {
    return medianOf(v, TimedProcess.Result::cpuSeconds);
  }

  /** Median time the JIT compilers spent in one kind of run; NaN if unmeasured. */
  double jitMedian(Variant v) {
    return medianOf(v, TimedProcess.Result::jitSeconds);
  }

  private double medianOf(Variant v, java.util.function.ToDoubleFunction<TimedProcess.Result> value) {
    if (!ran(v)) return Double.NaN;
    List<Double> values = new ArrayList<>();
    for (Round r : rounds) values.add(value.applyAsDouble(v.of(r)));
    return values.stream().anyMatch(d -> d.isNaN()) ? Double.NaN : Numbers.median(values);
  }

  /** Median peak RSS of one kind of run, in MB. */
  long rssMb(Variant v) {
    List<Long> kb = new ArrayList<>();
    for (Round r : rounds) kb.add(v.of(r).peakRssKb());
    return Numbers.medianLong(kb) / 1024;
  }

  long plainRssMb() {
    return rssMb(Variant.PLAIN);
  }

  long mapguardRssMb() {
    return rssMb(Variant.MAPGUARD);
  }

  long floorRssMb() {
    return rssMb(Variant.FLOOR);
  }

  double rssRatio() {
    List<Long> plain = new ArrayList<>(), mapguard = new ArrayList<>();
    for (Round r : rounds) {
      plain.add(r.plain().peakRssKb());
      mapguard.add(r.mapguard().peakRssKb());
    }
    return (double) Numbers.medianLong(mapguard) / Numbers.medianLong(plain);
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
    return (int) rounds.stream().filter(r -> r.mapguard().exitCode() != 0 && r.plain().exitCode() == 0).count();
  }

  /** The exit codes of one kind of run: {@code 0} when all passed, else each round's. */
  String exitCodes(Variant v) {
    List<Integer> exits = rounds.stream().map(r -> v.of(r).exitCode()).toList();
    return exits.stream().allMatch(c -> c == 0) ? "0"
        : String.join(",", exits.stream().map(String::valueOf).toList());
  }
}
