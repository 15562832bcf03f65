package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Precision on real code, judged by hand: draws samples of the latest bench/realworld findings
 * into the committed verdict files (bench/triage/LIBRARY.md) and reports the verdicts.
 */
@Command(name = "triage", description = "Sample findings for judging by hand, and report the verdicts.",
    subcommands = {TriageCommand.Sample.class, TriageCommand.Report.class})
final class TriageCommand {

  /** What both subcommands read. */
  static class Where {
    @Option(names = "--only", description = "Only this library (by name).")
    String only;

    @Option(names = "--runs-dir", paramLabel = "DIR", description = "Where the runs are (default bench/out/realworld): "
        + "DIR/LIBRARY/" + LibraryBenchmark.LATEST_SARIF + ".")
    Path runs;

    @Option(names = "--verdicts", paramLabel = "DIR", description = "The verdict files (default bench/triage).")
    Path verdicts;

    @Option(names = "--size", description = "Findings drawn per library (default ${DEFAULT-VALUE}).")
    int size = StratifiedSample.SIZE;

    BenchPaths paths() {
      return BenchPaths.fromEnvironment();
    }

    Path runsDir() {
      return runs != null ? runs : paths().out().resolve("realworld");
    }

    Path verdictsDir() {
      return verdicts != null ? verdicts : paths().repo().resolve("bench/triage");
    }

    List<Library> libraries() throws IOException {
      return Selection.of(Library.load(paths().libraries()), only, false);
    }

    Path sarif(Library lib) {
      return runsDir().resolve(lib.name()).resolve(LibraryBenchmark.LATEST_SARIF);
    }

    Path verdictFile(Library lib) {
      return verdictsDir().resolve(lib.name() + ".md");
    }

    /** The library's verdict file, or null if it has none; errors go to {@code errors}. */
    VerdictFile read(Library lib, List<String> errors) throws IOException {
      Path file = verdictFile(lib);
      if (!Files.exists(file)) return null;
      Path abs = file.toAbsolutePath().normalize();
      String shown = abs.startsWith(paths().repo()) ? paths().repo().relativize(abs).toString() : abs.toString();
      VerdictFileFormat.Parsed p = VerdictFileFormat.parse(lib.name(), shown, Files.readAllLines(file));
      errors.addAll(p.errors());
      return p.file();
    }
  }

  @Command(name = "sample", description = "Draw each library's sample from its latest run into its verdict file, "
      + "keeping every verdict written so far.")
  static final class Sample extends Where implements Callable<Integer> {
    @Option(names = "--seed", description = "The seed of a new verdict file (default: a random one, written in the "
        + "file). An existing file keeps its own.")
    Long seed;

    @Option(names = "--rejudge-changed", description = "Blank the verdict of each judged finding whose traces now "
        + "start or end elsewhere (another pair: see report), and write the run's text for it, to judge it again.")
    boolean rejudgeChanged;

    @Override
    public Integer call() throws IOException {
      int failed = 0;
      for (Library lib : libraries()) {
        Path sarif = sarif(lib);
        if (!Files.exists(sarif)) {
          System.out.printf("%-20s no run (%s): run bench/realworld first%n", lib.name(), sarif);
          continue;
        }
        List<String> errors = new ArrayList<>();
        VerdictFile old = read(lib, errors);
        if (!errors.isEmpty()) { // rewriting it would lose what a person wrote
          errors.forEach(System.out::println);
          System.out.printf("%-20s verdict file is malformed: left as it is%n", lib.name());
          failed++;
          continue;
        }
        List<SarifFindings.Finding> findings = SarifFindings.read(sarif);
        if (findings.isEmpty() && old == null) {
          System.out.printf("%-20s 0 findings: no verdict file%n", lib.name());
          continue;
        }
        long s = old != null ? old.seed() : seed != null ? seed : new SecureRandom().nextLong() >>> 1;
        VerdictFile next = Resampling.resample(lib.name(), old, s, findings, size, rejudgeChanged);
        Files.createDirectories(verdictsDir());
        String drawn = drawnSummary(findings, s, size);
        Files.write(verdictFile(lib), VerdictFileFormat.write(next, drawn));
        long judged = next.entries().stream().filter(e -> e.judgement().verdict() != null).count();
        System.out.printf("%-20s %5d findings, drew %s; %s: %d entries, %d judged%n", lib.name(), findings.size(),
            drawn, verdictsDir().relativize(verdictFile(lib)), next.entries().size(), judged);
      }
      return failed == 0 ? 0 : 1;
    }

    /** "20 of 311 findings (GuardedByViolation 2 of 16, UnguardedMapAccess 18 of 295)". */
    private static String drawnSummary(List<SarifFindings.Finding> findings, long seed, int size) {
      Map<String, Integer> all = new TreeMap<>();
      Map<String, Integer> drawn = new TreeMap<>();
      for (SarifFindings.Finding f : findings) all.merge(f.rule(), 1, Integer::sum);
      List<SarifFindings.Finding> d = StratifiedSample.draw(findings, seed, size);
      for (SarifFindings.Finding f : d) drawn.merge(f.rule(), 1, Integer::sum);
      List<String> parts = new ArrayList<>();
      all.forEach((rule, n) -> parts.add(rule + " " + drawn.getOrDefault(rule, 0) + " of " + n));
      return d.size() + " of " + findings.size() + " findings (" + String.join(", ", parts) + ")";
    }
  }

  @Command(name = "report", description = "Precision per library and overall for the latest run; findings of the "
      + "sample not judged yet; verdicts whose finding is gone. Fails only on malformed verdict files.")
  static final class Report extends Where implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
      List<String> errors = new ArrayList<>();
      List<TriageTally> tallies = new ArrayList<>();
      List<String> notRun = new ArrayList<>();
      List<String> noFile = new ArrayList<>();
      for (Library lib : libraries()) {
        VerdictFile file = read(lib, errors);
        Path sarif = sarif(lib);
        if (!Files.exists(sarif)) {
          notRun.add(lib.name());
          continue;
        }
        List<SarifFindings.Finding> findings = SarifFindings.read(sarif);
        if (file == null && !findings.isEmpty()) noFile.add(lib.name());
        tallies.add(TriageTally.of(lib.name(), findings, file, size));
      }
      new TriageReportPrinter(System.out).print(tallies, notRun, noFile, runsDir(), verdictsDir());
      if (!errors.isEmpty()) {
        System.out.println();
        System.out.println("malformed verdict files (" + errors.size() + " problems):");
        errors.forEach(e -> System.out.println("  " + e));
        return 1;
      }
      return 0;
    }
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
