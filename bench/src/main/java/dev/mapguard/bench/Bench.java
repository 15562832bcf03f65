package dev.mapguard.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the benchmark tools (run through bench/realworld, bench/scaling, bench/triage/run
 * and bench/realbugs/run).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    subcommands = {PrepareCommand.class, RealWorldCommand.class, ScalingCommand.class, TriageCommand.class,
        RealBugsCommand.class})
public final class Bench {
  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }
}
