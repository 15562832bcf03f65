package dev.mapguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Compiles each library of bench/libraries.tsv with plain javac and with javac + MapGuard,
 * alternating (A B A B ...), and reports times, peak RSS, findings and failures.
 */
@Command(name = "realworld", description = "Overhead and robustness of MapGuard on real libraries.")
final class RealWorldCommand implements Callable<Integer> {
  @Option(names = "--runs", description = "Pairs of runs per library (default ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(names = "--only", description = "Only this library (by name).")
  String only;

  @Option(names = "--quick", description = "One small library, one pair of runs (a smoke check).")
  boolean quick;

  @Option(names = "--options", description = "Extra MapGuard plugin options.")
  String extraOptions = "";

  @Option(names = "--no-sarif", negatable = true, description = "Write SARIF in the MapGuard runs (default: yes).")
  boolean sarif = true;

  @Option(names = "--floor", description = "Also run javac with an empty plugin (one task listener, no work) "
      + "and with a plugin that walks every class's tree resolving its names, between the two: the cost any "
      + "listener-based javac plugin pays, and what visiting the trees adds to it.")
  boolean floor;

  @Option(names = "--report-only", description = "Compile nothing: rebuild the table and chart from the last run's logs.")
  boolean reportOnly;

  @Override
  public Integer call() throws Exception {
    BenchPaths paths = BenchPaths.fromEnvironment();
    Path out = paths.out().resolve("realworld");
    Files.createDirectories(out);
    LibraryCache cache = new LibraryCache(paths.cache(), new Maven(paths.repo()));
    int pairs = quick ? 1 : runs;
    if (!reportOnly) {
      System.out.println("realworld: " + pairs + " alternating pair(s) per library; load " + Machine.load());
    }
    Path floorJar = floor && !reportOnly ? FloorPluginJar.write(paths.out().resolve("tools")) : null;
    List<LibraryResult> results = new ArrayList<>();
    for (Library lib : Selection.of(Library.load(paths.libraries()), only, quick)) {
      PreparedLibrary prepared = cache.prepare(lib);
      LibraryResult r;
      if (reportOnly) {
        PairedRuns earlier = PairedRuns.load(out.resolve(lib.name()));
        if (earlier == null) continue;
        r = new LibraryResult(prepared, earlier);
      } else {
        r = LibraryBenchmark.run(prepared, paths, out.resolve(lib.name()), sarif, extraOptions, pairs, floorJar);
      }
      results.add(r);
      System.out.printf("  %-20s plain %6.1fs  MapGuard %6.1fs  ratio %.3f  findings %d  internal errors %d%n",
          lib.name(), r.runs().plainMedian(), r.runs().mapguardMedian(), r.runs().ratio(), r.runs().findings(),
          r.runs().internalErrors());
    }
    RealWorldTable table = new RealWorldTable(results);
    List<String> md = new ArrayList<>(table.markdown());
    md.add("");
    md.addAll(table.phases());
    if (table.hasFloor()) {
      md.add("");
      md.addAll(table.floor());
      md.add("");
      md.addAll(table.cpu());
    }
    Files.write(out.resolve("table.md"), md);
    Files.write(out.resolve("results.tsv"), table.tsv());
    if (!quick && only == null) {
      RatioChart.draw(results, out.resolve("realworld-ratios.png"));
    }
    System.out.println();
    md.forEach(System.out::println);
    System.out.println();
    System.out.println("machine: " + Machine.describe() + "; load " + Machine.load());
    System.out.println("findings per library: " + out + "/<library>/findings.txt, and their SARIF log "
        + LibraryBenchmark.LATEST_SARIF + " beside it (what bench/triage/run samples)");
    if (table.hasFloor()) System.out.println(table.floorSummary());
    System.out.println(table.summary());
    return 0;
  }
}
