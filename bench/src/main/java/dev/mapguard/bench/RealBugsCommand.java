package dev.mapguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Real concurrency bugs on maps with public fixes (bench/realbugs/bugs.tsv): compiles the version
 * before and after each fix with MapGuard and says whether the buggy accesses were flagged and
 * whether the fixed field is silent.
 */
@Command(name = "realbugs", description = "Real map races fixed upstream: flagged before the fix, silent after it?")
final class RealBugsCommand implements Callable<Integer> {
  @Option(names = "--only", description = "Only this bug (by name).")
  String only;

  @Override
  public Integer call() throws Exception {
    BenchPaths paths = BenchPaths.fromEnvironment();
    Path tsv = paths.repo().resolve("bench/realbugs/bugs.tsv");
    List<RealBug> bugs = new ArrayList<>(RealBug.load(tsv));
    if (only != null) bugs.removeIf(b -> !b.name().equals(only));
    if (bugs.isEmpty()) throw new IllegalArgumentException("no bug '" + only + "' in " + tsv);
    Path out = paths.out().resolve("realbugs");
    RealBugCompiler compiler = new RealBugCompiler(paths.cache().resolve("realbugs"), new Maven(paths.repo()),
        paths.pluginJar());
    System.out.println("realbugs: " + bugs.size() + " bugs from " + paths.repo().relativize(tsv) + ", MapGuard "
        + paths.pluginJar() + ", JDK " + RealBugCompiler.JDK);
    int caught = 0, silent = 0, broken = 0;
    for (RealBug bug : bugs) {
      System.out.println();
      System.out.println(bug.name() + "  " + bug.buggy().field() + " -> " + bug.fixed().field());
      FieldFindings before = check(compiler, bug.name(), bug.buggy(), out);
      FieldFindings after = check(compiler, bug.name(), bug.fixed(), out);
      if (before == null || after == null) broken++;
      if (before != null && before.flagged()) caught++;
      if (after != null && !after.flagged()) silent++;
    }
    System.out.println();
    if (broken > 0) System.out.println("realbugs: " + broken + " bug(s) could not be checked: see the logs above");
    System.out.println("realbugs: bugs=" + bugs.size() + " caught=" + caught + " silent-after-fix=" + silent);
    return broken == 0 ? 0 : 1;
  }

  /** Compiles one version and prints what MapGuard said at the field; null if it could not be checked. */
  private static FieldFindings check(RealBugCompiler compiler, String bug, RealBug.Version v, Path out)
      throws Exception {
    String head = String.format("  %-5s %-55s", v.side(), v.artifact());
    RealBugCompiler.Compiled c = compiler.compile(bug, v, out.resolve(bug));
    if (c.javac().exitCode() != 0 || !Files.exists(c.sarif())) {
      System.out.println(head + " javac failed (exit " + c.javac().exitCode() + "): see " + c.javac().log());
      return null;
    }
    SarifResults sarif = SarifResults.read(c.sarif());
    if (!sarif.analysed()) {
      System.out.println(head + " MapGuard did not analyse it (see " + c.sarif() + ")");
      return null;
    }
    FieldFindings f = FieldFindings.of(v, sarif.results());
    String lines = "lines " + String.join(",", v.lines().stream().map(String::valueOf).toList());
    String verdict = v.side().equals("buggy")
        ? (f.flagged() ? "flagged: yes at " + flagged(f.raceRulesByLine()) : "flagged: no (" + lines + ")")
        : (f.flagged() ? "silent: no, flagged at " + flagged(f.raceRulesByLine()) : "silent: yes (" + lines + ")");
    System.out.printf("%s %4d %-5s  %s; findings: %d in %s, %d in all%n", head, c.files(),
        c.files() == 1 ? "file" : "files", verdict, f.inFile(), Path.of(v.file()).getFileName(), sarif.results().size());
    for (SarifResults.Result o : f.others()) {
      System.out.println("        also at the field (not counted): " + o.rule() + " at " + o.places().get(0).line()
          + ": " + o.message());
    }
    return f;
  }

  private static String flagged(Map<Integer, Set<String>> byLine) {
    List<String> parts = new ArrayList<>();
    byLine.forEach((line, rules) -> parts.add(line + " (" + String.join(", ", rules) + ")"));
    return String.join(", ", parts);
  }
}
