package dev.mapguard.report;

import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.AccessSite;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.Program;
import java.util.List;
import java.util.Locale;

/**
 * The {@code stats} option: what MapGuard saw in one compilation and what it cost, as one line
 * ({@code [MapGuard] stats: files=.. classes=.. ... extract-ms=.. peak-heap-mb=..}). The phase
 * times add up what MapGuard itself spent; the peak heap is the whole JVM's (javac's included),
 * the most heap in use at any of the moments {@link #sampleHeap()} was called.
 */
public final class StatsReporter {
  /** The parts of MapGuard's work that are timed. */
  public enum Phase { EXTRACT, ANALYSE, RULES, REPORT }

  private final long[] nanos = new long[Phase.values().length];
  private final boolean samplesHeap;
  private long peakHeapBytes;

  /**
   * @param samplesHeap whether the heap is read at all: only the {@code stats} line shows it, and
   *                    a compilation without that option should not pay for the readings
   */
  public StatsReporter(boolean samplesHeap) {
    this.samplesHeap = samplesHeap;
  }

  /**
   * Notes the heap in use now (live objects and garbage not yet collected), when this reporter
   * samples it. Called as javac finishes each file and class and as each phase of MapGuard ends,
   * so the largest reading is close to the JVM's true peak. Read from {@link Runtime}, not from
   * the memory pools' peak usage: setting up the JVM's management beans took about 0.1 s of a
   * 2.6 s compilation.
   */
  public void sampleHeap() {
    if (!samplesHeap) return;
    Runtime rt = Runtime.getRuntime();
    peakHeapBytes = Math.max(peakHeapBytes, rt.totalMemory() - rt.freeMemory());
  }

  /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} reading) to a phase. */
  public void stop(Phase phase, long startNanos) {
    nanos[phase.ordinal()] += System.nanoTime() - startNanos;
    sampleHeap();
  }

  /**
   * The line for one compilation. {@code program} or {@code result} is null when that stage did
   * not happen ({@code outcome} says why, e.g. {@code skipped-errors}).
   */
  public String line(String outcome, Program program, AnalysisResult result) {
    StringBuilder sb = new StringBuilder("[MapGuard] stats: outcome=").append(outcome);
    count(sb, "files", program == null ? 0 : program.sourceFiles());
    count(sb, "classes", program == null ? 0 : program.classes().size());
    count(sb, "methods", program == null ? 0 : program.methods().size());
    count(sb, "map-fields", program == null ? 0 : mapFields(program));
    count(sb, "accesses", result == null ? 0 : accesses(result));
    count(sb, "call-edges", result == null ? 0 : result.calls().edgeCount());
    count(sb, "thread-roots", result == null ? 0 : result.contexts().roots().size());
    long total = 0;
    for (Phase p : Phase.values()) {
      long ms = nanos[p.ordinal()] / 1_000_000;
      total += ms;
      count(sb, p.name().toLowerCase(Locale.ROOT) + "-ms", ms);
    }
    count(sb, "total-ms", total);
    sampleHeap();
    count(sb, "peak-heap-mb", peakHeapBytes / (1024 * 1024));
    return sb.toString();
  }

  private static void count(StringBuilder sb, String key, long value) {
    sb.append(' ').append(key).append('=').append(value);
  }

  private static long mapFields(Program program) {
    return program.fields().values().stream()
        .filter(f -> f.role() == FieldInfo.Role.MAP || f.role() == FieldInfo.Role.MAP_HOLDER).count();
  }

  private static long accesses(AnalysisResult result) {
    long n = 0;
    for (List<AccessSite> sites : result.sitesByCell().values()) n += sites.size();
    return n;
  }
}
