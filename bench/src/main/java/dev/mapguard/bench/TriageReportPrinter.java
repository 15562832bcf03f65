package dev.mapguard.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Prints the triage report: the table, the lists to act on, and one summary line. */
final class TriageReportPrinter {
  private static final String ROW = "%-20s %8s %7s %6s %5s %5s %6s %9s %13s%n";

  private final PrintStream out;

  TriageReportPrinter(PrintStream out) {
    this.out = out;
  }

  void print(List<TriageTally> tallies, List<String> notRun, List<String> noFile, Path runs, Path verdicts) {
    out.println("triage of the latest bench/realworld run (" + runs + "/LIBRARY/" + LibraryBenchmark.LATEST_SARIF
        + "), verdicts in " + verdicts);
    out.printf(ROW, "library", "findings", "sampled", "judged", "TRUE", "FALSE", "UNSURE", "precision",
        "TRUE feasible");
    for (TriageTally t : tallies) row(t);
    TriageTally all = TriageTally.sum("overall", tallies);
    row(all);
    if (!notRun.isEmpty()) out.println("no run (no SARIF): " + String.join(", ", notRun));
    if (!noFile.isEmpty()) {
      out.println("findings but no verdict file (run bench/triage/run sample): " + String.join(", ", noFile));
    }

    section("in the sample, not judged yet", all.unjudged().size(), tallies, TriageTally::unjudged);
    section("drawn now but not in the verdict file (run bench/triage/run sample)", all.notInFile().size(), tallies,
        TriageTally::notInFile);
    section("judged, but a trace now starts or ends elsewhere (judge again: the pair is another)",
        all.changed().size(), tallies, TriageTally::changed);
    out.println();
    out.println("verdicts whose finding is no longer reported (" + all.gone().size() + "):");
    for (TriageTally t : tallies) {
      for (VerdictEntry e : t.gone()) {
        out.printf("  %-20s %-8s %-24s %s  %s%n", t.library(), e.judgement().verdict(), e.finding().rule(),
            e.finding().location(), e.fingerprint());
      }
    }
    out.println();
    out.printf("triage: libraries=%d findings=%d sampled=%d judged=%d TRUE=%d FALSE=%d UNSURE=%d precision=%s "
            + "true-feasible=%s unjudged=%d gone=%d changed=%d%n", tallies.size(), all.findings(), all.sampled(), all.judged(),
        all.trues(), all.falses(), all.unsures(), TriageCommand.percent(all.precision()),
        TriageCommand.percent(all.feasibleShare()), all.unjudged().size() + all.notInFile().size(), all.gone().size(),
        all.changed().size());
  }

  private void row(TriageTally t) {
    out.printf(ROW, t.library(), t.findings(), t.sampled(), t.judged(), t.trues(), t.falses(), t.unsures(),
        TriageCommand.percent(t.precision()), TriageCommand.percent(t.feasibleShare()));
  }

  private void section(String title, int count, List<TriageTally> tallies,
                       java.util.function.Function<TriageTally, List<SarifFindings.Finding>> list) {
    out.println();
    out.println(title + " (" + count + "):");
    for (TriageTally t : tallies) {
      for (SarifFindings.Finding f : list.apply(t)) {
        out.printf("  %-20s %-24s %s  %s%n", t.library(), f.rule(), f.location(), f.fingerprint());
      }
    }
  }
}
