package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a library's findings for a person to judge: one block per finding with the rule, the
 * location (relative to the unpacked sources), the message, and the trace of each side from its
 * thread root (from MapGuard's SARIF log).
 */
final class TriageFile {
  private TriageFile() {}

  static void write(Path file, String library, List<SarifFindings.Finding> findings) throws IOException {
    List<String> out = new ArrayList<>();
    out.add("# MapGuard findings on " + library + " (" + findings.size() + ")");
    out.add("# verdict: write TRUE (a real race), FALSE (cannot happen, say why) or UNSURE after each");
    out.add("");
    int n = 0;
    for (SarifFindings.Finding f : findings) {
      n++;
      out.add("## " + n + ". " + f.rule() + " at " + f.location());
      out.add("message: " + f.message());
      int side = 0;
      for (List<String> trace : f.traces()) {
        out.add("trace " + (++side) + ":");
        for (String step : trace) out.add("  " + step);
      }
      out.add("verdict: ");
      out.add("");
    }
    Files.createDirectories(file.getParent());
    Files.write(file, out);
  }
}
