package dev.mapguard.bench;

import dev.mapguard.bench.PairedRuns.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The real-world results as a Markdown table, its summary line, and a TSV for charts. */
final class RealWorldTable {
  private final List<LibraryResult> results;

  RealWorldTable(List<LibraryResult> results) {
    this.results = List.copyOf(results);
  }

  List<String> markdown() {
    List<String> out = new ArrayList<>();
    out.add("| library | JDK | files | lines | plain s | MapGuard s | ratio | MapGuard own s "
        + "| RSS plain MB | RSS MapGuard MB | RSS ratio | findings | internal errors | exit plain/MapGuard |");
    out.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |");
    for (LibraryResult r : results) {
      out.add(String.format(Locale.ROOT,
          "| %s | %d | %,d | %,d | %.1f | %.1f | %.3f | %.1f | %,d | %,d | %.3f | %s | %d | %s/%s |",
          r.library().name(), r.library().library().jdk(), r.library().files(), r.library().lines(),
          r.runs().plainMedian(), r.runs().mapguardMedian(), r.runs().ratio(), r.runs().ownMsMedian() / 1000.0,
          r.runs().plainRssMb(), r.runs().mapguardRssMb(), r.runs().rssRatio(), findings(r.findingsByRule()),
          r.runs().internalErrors(), r.runs().exitCodes(Variant.PLAIN),
          r.runs().exitCodes(Variant.MAPGUARD)));
    }
    return out;
  }

  /** Where MapGuard's own time goes, per library: medians of its stats lines, in seconds. */
  List<String> phases() {
    List<String> out = new ArrayList<>();
    out.add("| library | extract s | analyse s | rules s | report s | MapGuard own s | overhead s | own / overhead | peak heap MB |");
    out.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (LibraryResult r : results) {
      PairedRuns p = r.runs();
      double overhead = p.mapguardMedian() - p.plainMedian();
      out.add(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f%% | %,d |",
          r.library().name(), p.statMedian("extract-ms") / 1000.0, p.statMedian("analyse-ms") / 1000.0,
          p.statMedian("rules-ms") / 1000.0, p.statMedian("report-ms") / 1000.0, p.ownMsMedian() / 1000.0,
          overhead, overhead > 0 ? 100.0 * p.ownMsMedian() / 1000.0 / overhead : 0.0,
          p.statMedian("peak-heap-mb")));
    }
    return out;
  }

  boolean hasFloor() {
    return !results.isEmpty() && results.stream().allMatch(r -> r.runs().hasFloor());
  }

  /**
   * What any listener-based plugin costs (javac + an empty plugin), what walking and resolving
   * every class's tree adds (javac + the walking plugin), against what MapGuard costs, per
   * library: medians of the runs, ratios as medians of the per-round ratios.
   */
  List<String> floor() {
    List<String> out = new ArrayList<>();
    out.add("| library | plain s | empty plugin s | walk plugin s | MapGuard s | empty plugin / plain "
        + "| walk plugin / plain | MapGuard / plain | MapGuard / empty plugin | MapGuard / walk plugin "
        + "| RSS plain MB | RSS empty plugin MB | RSS MapGuard MB |");
    out.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (LibraryResult r : results) {
      PairedRuns p = r.runs();
      out.add(String.format(Locale.ROOT,
          "| %s | %.1f | %.1f | %.1f | %.1f | %.3f | %.3f | %.3f | %.3f | %.3f | %,d | %,d | %,d |",
          r.library().name(), p.plainMedian(), p.floorMedian(), p.medianSeconds(Variant.WALK),
          p.mapguardMedian(), p.floorRatio(), p.walkRatio(), p.ratio(), p.ratioOverFloor(), p.ratioOverWalk(),
          p.plainRssMb(), p.floorRssMb(), p.mapguardRssMb()));
    }
    return out;
  }

  /**
   * Where the processor time goes, per library (medians of the runs): all threads of each kind of
   * run, the JIT compilers' part of it, and what MapGuard adds over the empty plugin for each second
   * of its own time. On a machine with few cores the JIT's threads and javac's compete for them, so
   * JIT work a plugin's code causes costs wall time beside the plugin's own.
   */
  List<String> cpu() {
    List<String> out = new ArrayList<>();
    out.add("| library | MapGuard own s | CPU s plain | CPU s empty plugin | CPU s MapGuard | JIT s plain "
        + "| JIT s empty plugin | JIT s MapGuard | added CPU / own | added JIT / own |");
    out.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (LibraryResult r : results) {
      PairedRuns p = r.runs();
      out.add(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |",
          r.library().name(), p.ownMsMedian() / 1000.0, p.cpuMedian(Variant.PLAIN), p.cpuMedian(Variant.FLOOR),
          p.cpuMedian(Variant.MAPGUARD), p.jitMedian(Variant.PLAIN), p.jitMedian(Variant.FLOOR),
          p.jitMedian(Variant.MAPGUARD), addedPerOwnSecond(p, p::cpuMedian), addedPerOwnSecond(p, p::jitMedian)));
    }
    return out;
  }

  /** What MapGuard's runs use over the empty plugin's, per second of MapGuard's own time. */
  private static double addedPerOwnSecond(PairedRuns p, java.util.function.ToDoubleFunction<Variant> median) {
    double own = p.ownMsMedian() / 1000.0;
    return own > 0 ? (median.applyAsDouble(Variant.MAPGUARD) - median.applyAsDouble(Variant.FLOOR)) / own : Double.NaN;
  }

  /**
   * {@code floor: median-ratio=R max-ratio=M median-mapguard-over-floor=X} and, when the runs
   * measured them, {@code median-walk-ratio=W median-mapguard-over-walk=Y} and
   * {@code median-added-cpu-per-own=C median-added-jit-per-own=J} (printed before the summary).
   */
  String floorSummary() {
    List<Double> floors = results.stream().map(r -> r.runs().floorRatio()).toList();
    List<Double> over = results.stream().map(r -> r.runs().ratioOverFloor()).toList();
    String line = String.format(Locale.ROOT, "floor: median-ratio=%.3f max-ratio=%.3f median-mapguard-over-floor=%.3f",
        Numbers.median(floors), floors.stream().mapToDouble(d -> d).max().orElse(0), Numbers.median(over));
    if (results.stream().allMatch(r -> r.runs().hasWalk())) {
      line += String.format(Locale.ROOT, " median-walk-ratio=%.3f median-mapguard-over-walk=%.3f",
          Numbers.median(results.stream().map(r -> r.runs().walkRatio()).toList()),
          Numbers.median(results.stream().map(r -> r.runs().ratioOverWalk()).toList()));
    }
    List<Double> cpu = results.stream().map(r -> addedPerOwnSecond(r.runs(), r.runs()::cpuMedian)).toList();
    List<Double> jit = results.stream().map(r -> addedPerOwnSecond(r.runs(), r.runs()::jitMedian)).toList();
    if (cpu.stream().anyMatch(d -> d.isNaN()) || jit.stream().anyMatch(d -> d.isNaN())) return line;
    return line + String.format(Locale.ROOT, " median-added-cpu-per-own=%.2f median-added-jit-per-own=%.2f",
        Numbers.median(cpu), Numbers.median(jit));
  }

  /** {@code realworld: libraries=N lines=L median-ratio=R max-ratio=M internal-errors=E javac-failures=F findings=K}. */
  String summary() {
    long lines = 0;
    int internal = 0, failures = 0, findings = 0;
    List<Double> ratios = new ArrayList<>();
    double max = 0;
    for (LibraryResult r : results) {
      lines += r.library().lines();
      internal += r.runs().internalErrors();
      failures += r.runs().javacFailures();
      findings += r.runs().findings();
      ratios.add(r.runs().ratio());
      max = Math.max(max, r.runs().ratio());
    }
    return String.format(Locale.ROOT,
        "realworld: libraries=%d lines=%d median-ratio=%.3f max-ratio=%.3f internal-errors=%d javac-failures=%d findings=%d",
        results.size(), lines, Numbers.median(ratios), max, internal, failures, findings);
  }

  /** One row per library for the ratio chart and later comparison. */
  List<String> tsv() {
    List<String> out = new ArrayList<>();
    out.add("library\tjdk\tfiles\tlines\tplain_s\tmapguard_s\tratio\tmapguard_own_ms\trss_plain_mb\trss_mapguard_mb\tfindings\tinternal_errors\tjavac_failures");
    for (LibraryResult r : results) {
      out.add(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.4f\t%d\t%d\t%d\t%d\t%d\t%d",
          r.library().name(), r.library().library().jdk(), r.library().files(), r.library().lines(),
          r.runs().plainMedian(), r.runs().mapguardMedian(), r.runs().ratio(), r.runs().ownMsMedian(),
          r.runs().plainRssMb(), r.runs().mapguardRssMb(), r.runs().findings(), r.runs().internalErrors(),
          r.runs().javacFailures()));
    }
    return out;
  }

  private static String findings(Map<String, Integer> byRule) {
    if (byRule.isEmpty()) return "0";
    List<String> parts = new ArrayList<>();
    byRule.forEach((rule, n) -> parts.add(rule + " " + n));
    return String.join(", ", parts);
  }
}
