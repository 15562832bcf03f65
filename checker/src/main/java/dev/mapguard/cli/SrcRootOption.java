package dev.mapguard.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --srcroot DIR} for the commands that read SARIF logs and check them against the sources. */
final class SrcRootOption {
  @Option(names = "--srcroot", paramLabel = "DIR", defaultValue = ".",
      description = "The srcroot the logs' paths are relative to, as given to the plugin "
          + "(default: the current folder).")
  Path srcroot;
}
