package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a library's findings for a person to judge: one block per finding with the rule, the
 * location (relative to the unpacked sources), the message, and the trace from the thread root.
 */
final class TriageFile {
  private static final String PATH = " Path: ";

  private TriageFile() {}

  static void write(Path file, String library, Path sourcesRoot, List<CompilerLog.LoggedFinding> findings)
      throws IOException {
    List<String> out = new ArrayList<>();
    out.add("# MapGuard findings on " + library + " (" + findings.size() + ")");
    out.add("# verdict: write TRUE (a real race), FALSE (cannot happen, say why) or UNSURE after each");
    out.add("");
    int n = 0;
    for (CompilerLog.LoggedFinding f : findings) {
      n++;
      String message = f.message();
      String trace = "(on the calling thread, no call chain)";
      int p = message.indexOf(PATH);
      if (p >= 0) {
        trace = message.substring(p + PATH.length()).replaceAll("\\.$", "");
        message = message.substring(0, p);
      }
      out.add("## " + n + ". " + f.rule());
      out.add("location: " + relative(sourcesRoot, f.file()) + ":" + f.line());
      out.add("message:  " + message);
      out.add("trace:    " + trace);
      out.add("verdict:  ");
      out.add("");
    }
    Files.createDirectories(file.getParent());
    Files.write(file, out);
  }

  private static String relative(Path root, String file) {
    Path p = Path.of(file);
    return p.startsWith(root) ? root.relativize(p).toString() : file;
  }
}
