package dev.mapguard.cli;

import dev.mapguard.plugin.PluginOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import javax.lang.model.SourceVersion;
import picocli.CommandLine;

/**
 * Checks {@code check}'s settings before javac runs, so that a bad one is one line naming the
 * option and what to give instead, not javac's exception or an error pinned to the first file.
 */
final class CompilerSettings {
  /** The oldest release javac 17 and newer compile for without refusing it. */
  private static final int OLDEST_RELEASE = 8;

  private CompilerSettings() {}

  static void check(CommandLine cl, Integer release, String encoding, List<String> pluginArgs) {
    int newest = SourceVersion.latestSupported().ordinal();
    if (release != null && (release < OLDEST_RELEASE || release > newest)) {
      throw new CommandLine.ParameterException(cl, "--release " + release + " is not one this JDK"
          + " (Java " + Runtime.version().feature() + ") compiles for: give " + OLDEST_RELEASE + " to "
          + newest + ", or run MapGuard on a newer JDK");
    }
    try {
      if (!Charset.isSupported(encoding)) throw new IllegalCharsetNameException(encoding);
    } catch (IllegalCharsetNameException e) {
      throw new CommandLine.ParameterException(cl, "--encoding " + encoding
          + " is not an encoding this JDK knows: give e.g. UTF-8, ISO-8859-1 or windows-1252");
    }
    try {
      PluginOptions.parse(pluginArgs.toArray(new String[0]));
    } catch (PluginOptions.OptionsException e) {
      // the plugin's words name its option keys; say them as the command's options
      throw new CommandLine.ParameterException(cl, e.getMessage()
          .replace("level=warning or level=error", "--level warning or --level error")
          .replace("' for level", "' for --level")
          .replace(" in disable;", " in --disable;").replace(" in severity", " in --severity")
          .replace("write severity=", "write --severity ").replace(" in exclude", " in --exclude"));
    }
  }
}
