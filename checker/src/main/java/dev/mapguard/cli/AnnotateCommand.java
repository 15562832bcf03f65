package dev.mapguard.cli;

import dev.mapguard.analysis.GuardInference;
import dev.mapguard.annotate.AnnotationPlan;
import dev.mapguard.annotate.Annotator;
import dev.mapguard.annotate.Flavour;
import dev.mapguard.annotate.Insertion;
import dev.mapguard.plugin.PluginOptions;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annotate DIR... [--classpath CP] [--flavour F] [--dry-run]}: infers which lock guards
 * each shared map and writes {@code @GuardedBy} into the sources.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {"Infer which lock guards each shared map and write @GuardedBy into the sources,",
        "so that IDEs, Error Prone and the Checker Framework enforce it from then on.",
        "Only the inserted lines change; a second run changes nothing.",
        "Without --flavour it follows the @GuardedBy the sources or classpath use, else writes",
        "Error Prone's; the annotations' jar is taken from the local Maven repository if needed.",
        "Exit codes: 0 done; 2 usage error;",
        "3 the sources do not compile (nothing was changed)."})
final class AnnotateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Source folders or .java files.")
  List<Path> roots;

  @Option(names = {"--classpath", "-cp"}, paramLabel = "CP", description = "Classpath of the sources.")
  String classpath;

  @Option(names = "--release", paramLabel = "N", description = "Java release to compile for.")
  Integer release;

  @Option(names = "--flavour", paramLabel = "F", defaultValue = "auto",
      description = "auto (default), errorprone, jsr305, jcip, checker or androidx.")
  String flavour;

  @Option(names = "--threshold", paramLabel = "SHARE",
      description = "Share of accesses that must hold a lock for it to be inferred (default 0.75).")
  String threshold;

  @Option(names = "--dry-run", description = "Print a unified diff of what would change; change nothing.")
  boolean dryRun;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path r : roots) {
      if (!Files.exists(r)) throw usage("no such file or folder: " + r);
    }
    Flavour chosen = null;
    if (!flavour.equalsIgnoreCase("auto")) {
      chosen = Flavour.parse(flavour);
      if (chosen == null) {
        throw usage("unknown flavour '" + flavour + "'; use auto, errorprone, jsr305, jcip, checker or androidx");
      }
    }
    double share = GuardInference.DEFAULT_THRESHOLD;
    if (threshold != null) {
      Double t = PluginOptions.parseGuardThreshold(threshold);
      if (t == null) throw usage("bad --threshold '" + threshold + "': use a share above 0.5 and at most 1");
      share = t;
    }
    List<Path> sources = SourceFiles.under(roots);
    if (sources.isEmpty()) throw usage("no .java files under " + roots);
    String badClasspath = ClasspathEntries.problem(classpath);
    if (badClasspath != null) throw usage(badClasspath);
    // what an earlier run wrote must compile: put the annotations' jars on the classpath
    String cp = classpath;
    List<Flavour> unavailable = new java.util.ArrayList<>();
    Set<Flavour> needed = AnnotationJars.usedIn(sources);
    if (chosen != null) needed.add(chosen);
    for (Flavour f : needed) {
      if (AnnotationJars.onClasspath(cp, f)) continue;
      Optional<Path> jar = AnnotationJars.inLocalRepository(f);
      if (jar.isPresent()) {
        cp = cp == null || cp.isBlank() ? jar.get().toString() : cp + File.pathSeparator + jar.get();
        out.println("mapguard: " + f.fieldAnnotation() + " from " + jar.get());
      } else {
        unavailable.add(f);
      }
    }
    Annotator.Report report = Annotator.run(sources, cp, release, chosen, share, !dryRun);
    if (report.failure() == Annotator.Failure.NO_FLAVOUR) {
      // nothing to follow: Error Prone's is the one most builds already have (Guava brings it)
      out.println("mapguard: no @GuardedBy is used in the sources or on the classpath: writing Error "
          + "Prone's (" + Flavour.ERRORPRONE.artifact() + "); --flavour jsr305|jcip|checker|androidx "
          + "chooses another.");
      report = Annotator.run(sources, cp, release, Flavour.ERRORPRONE, share, !dryRun);
    }
    if (report.failure() == Annotator.Failure.DOES_NOT_COMPILE) {
      for (String e : report.errors()) err.println(e);
      for (Flavour f : unavailable) err.println("mapguard: " + AnnotationJars.advice(f));
      err.println("mapguard: the sources do not compile (" + report.errors().size()
          + " javac errors); nothing was changed. Add --classpath for missing libraries.");
      return CheckCommand.DOES_NOT_COMPILE;
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Annotator.FileChange f : report.files()) {
      String shown = shown(f.file(), cwd);
      if (dryRun && f.changed()) out.print(f.diff(shown));
      if (!dryRun) {
        for (Insertion i : f.insertions()) {
          out.println(shown + ":" + i.pos().line() + ": " + i.text(simple(i.annotation())) + " on " + i.what());
        }
      }
      for (String note : f.notes()) out.println(shown + ": " + note);
    }
    for (AnnotationPlan.Skipped s : report.skipped()) {
      out.println("not annotated: " + s.what() + ": " + s.why());
    }
    int files = (int) report.files().stream().filter(Annotator.FileChange::changed).count();
    out.println("MapGuard: " + (dryRun ? "would add " : "added ") + report.annotations()
        + " annotation(s) in " + files + " file(s) (flavour " + report.flavour().cliName() + ", "
        + report.flavour().artifact() + ").");
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static String shown(Path file, Path cwd) {
    Path abs = file.toAbsolutePath();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
  }

  private static String simple(String fqn) {
    return fqn.substring(fqn.lastIndexOf('.') + 1);
  }
}
