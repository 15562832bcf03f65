package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * MapGuard's own time and memory against program size (synthetic programs), the fitted exponent,
 * a chart; and the adversarial inputs against plain javac's time for the same files.
 */
@Command(name = "scaling", description = "Scaling with program size, and adversarial inputs.")
final class ScalingCommand implements Callable<Integer> {
  /** An adversarial input may cost at most this many times plain javac's time for the same file. */
  static final double ADVERSARIAL_LIMIT = 2.0;

  @Option(names = "--sizes", split = ",", description = "Target sizes in lines (default ${DEFAULT-VALUE}).")
  List<Long> sizes = List.of(10_000L, 100_000L, 1_000_000L);

  @Option(names = "--runs", description = "Pairs of runs per input (default ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(names = "--no-sarif", negatable = true, description = "Write SARIF in the MapGuard runs (default: yes).")
  boolean sarif = true;

  @Option(names = "--adversarial", description = "Folder of generated adversarial scenarios (none: skip).")
  Path adversarial;

  @Override
  public Integer call() throws Exception {
    BenchPaths paths = BenchPaths.fromEnvironment();
    Path out = paths.out().resolve("scaling");
    Files.createDirectories(out);
    System.out.println("scaling: " + runs + " alternating pair(s) per input; load " + Machine.load());
    List<String> report = new ArrayList<>();
    report.add("| target lines | lines | files | plain s | MapGuard s | MapGuard own s | extract s | analyse s "
        + "| rules s | peak heap MB | RSS plain MB | RSS MapGuard MB | findings | internal errors |");
    report.add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    List<Double> lines = new ArrayList<>(), ownSeconds = new ArrayList<>(), plainSeconds = new ArrayList<>();
    int internal = 0;
    for (long size : sizes) {
      Path dir = out.resolve("synthetic-" + size);
      List<Path> files = SyntheticProgram.write(size, dir.resolve("src"));
      long n = 0;
      for (Path f : files) n += LibraryCache.countLines(f);
      PairedRuns r = PairedRuns.run(job(paths, sourcesFile(dir, files), dir.resolve("src")), dir, runs);
      internal += r.internalErrors();
      lines.add((double) n);
      ownSeconds.add(r.ownMsMedian() / 1000.0);
      plainSeconds.add(r.plainMedian());
      report.add(String.format(Locale.ROOT,
          "| %,d | %,d | %,d | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %,d | %,d | %,d | %d | %d |",
          size, n, files.size(), r.plainMedian(), r.mapguardMedian(), r.ownMsMedian() / 1000.0,
          r.statMedian("extract-ms") / 1000.0, r.statMedian("analyse-ms") / 1000.0, r.statMedian("rules-ms") / 1000.0,
          r.statMedian("peak-heap-mb"), r.plainRssMb(), r.mapguardRssMb(), r.findings(), r.internalErrors()));
      System.out.println(report.get(report.size() - 1));
    }
    double[] fit = lines.size() >= 2 ? Numbers.powerFit(lines, ownSeconds) : new double[] {Double.NaN, Double.NaN};
    double[] javacFit = lines.size() >= 2 ? Numbers.powerFit(lines, plainSeconds) : fit;
    if (lines.size() >= 2) ScalingChart.draw(lines, ownSeconds, plainSeconds, fit, out.resolve("scaling.png"));
    String scaling = String.format(Locale.ROOT,
        "scaling: sizes=%d exponent=%.3f javac-exponent=%.3f internal-errors=%d", lines.size(), fit[0],
        javacFit[0], internal);

    List<String> adv = new ArrayList<>();
    String advSummary = "";
    if (adversarial != null) {
      adv.add("| input | plain s | MapGuard s | ratio | MapGuard own s | findings | internal errors | within 2x |");
      adv.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
      double max = 0;
      int over = 0, advInternal = 0;
      for (Path scenario : list(adversarial)) {
        String name = scenario.getFileName().toString();
        Path dir = out.resolve("adversarial-" + name);
        List<Path> files = javaFiles(scenario);
        PairedRuns r = PairedRuns.run(job(paths, sourcesFile(dir, files), scenario), dir, runs);
        max = Math.max(max, r.ratio());
        boolean ok = r.ratio() <= ADVERSARIAL_LIMIT && r.internalErrors() == 0 && r.javacFailures() == 0;
        if (!ok) over++;
        advInternal += r.internalErrors();
        adv.add(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %d | %d | %s |", name,
            r.plainMedian(), r.mapguardMedian(), r.ratio(), r.ownMsMedian() / 1000.0, r.findings(),
            r.internalErrors(), ok ? "yes" : "NO"));
        System.out.println(adv.get(adv.size() - 1));
      }
      advSummary = String.format(Locale.ROOT, "adversarial: inputs=%d max-ratio=%.2f over-limit=%d internal-errors=%d",
          adv.size() - 2, max, over, advInternal);
    }
    List<String> all = new ArrayList<>(report);
    all.add("");
    all.addAll(adv);
    Files.write(out.resolve("table.md"), all);
    System.out.println();
    all.forEach(System.out::println);
    System.out.println();
    System.out.println("machine: " + Machine.describe() + "; load " + Machine.load());
    System.out.println(scaling);
    if (!advSummary.isEmpty()) System.out.println(advSummary);
    return 0;
  }

  private PairedRuns.Job job(BenchPaths paths, Path sourcesFile, Path srcRoot) {
    return new PairedRuns.Job(17, List.of(), List.of(), sourcesFile, paths.pluginJar(), sarif, srcRoot, "", null);
  }

  private static Path sourcesFile(Path dir, List<Path> files) throws IOException {
    Files.createDirectories(dir);
    Path f = dir.resolve("sources.txt");
    Files.write(f, files.stream().map(p -> "\"" + p.toAbsolutePath() + "\"").toList());
    return f;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
