package dev.mapguard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check DIR... [--classpath CP] [--release N]}: compiles the sources in memory with the
 * plugin and prints its diagnostics (and javac's errors).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Compile Java sources in memory with MapGuard and print what it finds",
        "(and, with --sarif, write them as a SARIF log for the gate and code scanning).",
        "Exit codes: 0 no finding at error level; 1 findings at error level;",
        "2 usage error; 3 the sources do not compile (MapGuard did not analyse them)."})
final class CheckCommand implements Callable<Integer> {
  static final int FINDINGS = 1;
  static final int DOES_NOT_COMPILE = 3;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Source folders or .java files.")
  List<Path> roots;

  @Option(names = {"--classpath", "-cp"}, paramLabel = "CP", description = "Classpath of the sources.")
  String classpath;

  @Option(names = "--release", paramLabel = "N", description = "Java release to compile for.")
  Integer release;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Encoding of the source files (default UTF-8).")
  String encoding;

  @Option(names = "--level", paramLabel = "LEVEL", description = "warning (default) or error.")
  String level;

  @Option(names = "--disable", paramLabel = "RULES", split = ",", description = "Rules not to run.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE:LEVEL", split = ",",
      description = "A rule's level: off, note, warning or error (e.g. UnsafeMapPublication:off).")
  List<String> severities = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
      description = "Source paths (relative to --srcroot) not to report on, e.g. src/gen/**.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--include-generated",
      description = "Report on generated code too (@Generated classes, generated-sources folders).")
  boolean includeGenerated;

  @Option(names = "--lenient",
      description = "When the sources do not compile (missing libraries), analyse what javac could "
          + "attribute; the SARIF run is marked partial, which the gate refuses unless --accept-partial.")
  boolean lenient;

  @Option(names = "--sarif", paramLabel = "PATH",
      description = "Also write a SARIF 2.1.0 log to PATH (a folder if it ends in /).")
  String sarif; // a string: a Path would drop the trailing '/' that asks for a folder

  @Option(names = "--srcroot", paramLabel = "DIR",
      description = "Folder the SARIF's file paths are relative to (default: the current folder).")
  Path srcroot;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path r : roots) {
      if (!Files.exists(r)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + r);
      }
    }
    List<Path> sources = SourceFiles.under(roots);
    if (sources.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no .java files under " + roots);
    }
    String badClasspath = ClasspathEntries.problem(classpath);
    if (badClasspath != null) throw new CommandLine.ParameterException(spec.commandLine(), badClasspath);
    List<String> pluginArgs = new ArrayList<>();
    if (level != null) pluginArgs.add("level=" + level);
    if (!disabled.isEmpty()) pluginArgs.add("disable=" + String.join(",", disabled));
    if (!severities.isEmpty()) pluginArgs.add("severity=" + String.join(",", severities));
    if (!excludes.isEmpty()) pluginArgs.add("exclude=\"" + String.join(",", excludes) + "\"");
    if (includeGenerated) pluginArgs.add("generated=include");
    if (lenient) pluginArgs.add("lenient");
    if (sarif != null) {
      pluginArgs.add("sarif=" + pathArg("--sarif", Path.of(sarif)).replaceFirst("\"$",
          sarif.endsWith("/") || sarif.endsWith(java.io.File.separator) ? "/\"" : "\""));
    }
    if (srcroot != null) pluginArgs.add("srcroot=" + pathArg("--srcroot", srcroot));
    CompilerSettings.check(spec.commandLine(), release, encoding, pluginArgs);
    int[] counts = new int[3]; // errors from javac, MapGuard errors, MapGuard warnings
    boolean[] configError = {false};
    Path cwd = Path.of("").toAbsolutePath();
    FindingSummary summary = new FindingSummary();
    InMemoryCompiler.compile(sources, classpath, release, encoding, lenient, pluginArgs, d -> {
      String msg = d.getMessage(null);
      boolean ours = msg.startsWith("[");
      if (ours && !msg.startsWith("[MapGuard]") && msg.indexOf(']') > 0 && d.getSource() != null) {
        summary.add(msg.substring(1, msg.indexOf(']')), shown(Path.of(d.getSource().toUri()), cwd));
      }
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        if (!ours) counts[0]++; else counts[1]++;
        if (msg.startsWith("[MapGuard] ") && !msg.contains("internal error")) configError[0] = true;
      } else if (ours && (d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)) {
        counts[2]++;
      } else if (!ours) {
        return; // javac's own warnings and notes are the build's business
      }
      out.println(format(d, cwd));
    });
    if (configError[0]) return Main.USAGE;
    if (counts[0] > 0 && !lenient) {
      err.println("mapguard: the sources do not compile (" + counts[0]
          + " javac errors); MapGuard did not analyse them. Add --classpath for missing libraries,"
          + " or --lenient to analyse what javac could attribute.");
      return DOES_NOT_COMPILE;
    }
    if (counts[0] > 0) {
      err.println("mapguard: the sources do not compile (" + counts[0] + " javac errors): with "
          + "--lenient MapGuard analysed what javac could attribute; findings may be missing.");
    }
    out.println("MapGuard: " + (counts[1] + counts[2]) + " finding(s) in " + sources.size()
        + " file(s)" + (counts[1] > 0 ? ", " + counts[1] + " at error level" : "") + ".");
    summary.lines().forEach(out::println);
    return counts[1] > 0 ? FINDINGS : 0;
  }

  /** A path for the plugin, quoted so that spaces in it stay (the plugin reads "..." as one value). */
  private String pathArg(String option, Path p) {
    String s = p.toAbsolutePath().toString();
    if (s.indexOf('"') >= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " " + p
          + ": MapGuard cannot take a path with a double quote in it");
    }
    return "\"" + s + "\"";
  }

  private static String shown(Path file, Path cwd) {
    return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
  }

  /** javac's own layout: {@code path:line: warning: message}, the source line and a caret. */
  static String format(Diagnostic<? extends JavaFileObject> d, Path cwd) {
    String kind = switch (d.getKind()) {
      case ERROR -> "error";
      case WARNING, MANDATORY_WARNING -> "warning";
      default -> "note";
    };
    if (d.getSource() == null) return kind + ": " + d.getMessage(null);
    Path file = Path.of(d.getSource().toUri());
    String shown = shown(file, cwd);
    // the source line goes right under the message's first line, before its details
    String message = d.getMessage(null);
    int nl = message.indexOf('\n');
    String details = nl < 0 ? "" : message.substring(nl);
    StringBuilder sb = new StringBuilder();
    sb.append(shown).append(':').append(d.getLineNumber()).append(": ").append(kind).append(": ")
        .append(nl < 0 ? message : message.substring(0, nl));
    try {
      List<String> lines = Files.readAllLines(file);
      long line = d.getLineNumber();
      if (line >= 1 && line <= lines.size()) {
        String text = lines.get((int) line - 1);
        sb.append(System.lineSeparator()).append(text).append(System.lineSeparator());
        long col = Math.max(1, d.getColumnNumber());
        sb.append(" ".repeat((int) Math.min(col - 1, text.length()))).append('^');
      }
    } catch (java.io.IOException | RuntimeException e) {
      // the message alone still says where
    }
    return sb.append(details.replace("\n", System.lineSeparator())).toString();
  }
}
