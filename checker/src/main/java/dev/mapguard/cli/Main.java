package dev.mapguard.cli;

import dev.mapguard.report.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar mapguard.jar <command>}: the command-line face of MapGuard. */
@Command(name = "mapguard", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Finds non-thread-safe maps shared between threads without a lock.",
    subcommands = {CheckCommand.class, AnnotateCommand.class, GateCommand.class, BaselineCommand.class,
        MergeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit code: the command line was wrong. */
  public static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs a command line with the given output streams and returns its exit code. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setUsageHelpWidth(100); // picocli's default 80 wraps the options' descriptions mid-phrase
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("mapguard: " + e.getMessage());
      CommandLine at = e.getCommandLine();
      // the top level's own name is "mapguard": 'java -jar mapguard.jar mapguard --help' is wrong
      String command = at.getParent() == null ? "" : at.getCommandName() + " ";
      at.getErr().println("Try 'java -jar mapguard.jar " + command + "--help'.");
      return USAGE;
    });
    // a failure inside a command is one line, never a stack trace
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      c.getErr().println("mapguard " + c.getCommandName() + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      return USAGE;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: "
        + String.join(", ", spec.subcommands().keySet()));
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"MapGuard " + Version.get()};
    }
  }
}
