package dev.mapguard.cli;

import dev.mapguard.report.sarif.ArtifactUris;
import dev.mapguard.report.sarif.SarifLogFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which source folders of a build no log covers ({@code gate --require-sources}). The build
 * record only knows the compilations that ran MapGuard; a compilation without the plugin (the
 * option put on the main compilation only) leaves no trace there. A build tool knows its source
 * folders, so the gate can be told them.
 */
final class SourceCoverage {
  private SourceCoverage() {}

  static List<String> uncovered(List<Path> required, List<SarifLogFile> logs, Path srcRoot) {
    Set<String> covered = new HashSet<>();
    for (SarifLogFile log : logs) {
      for (SarifLogFile.Run run : log.runs()) {
        for (SarifLogFile.Invocation inv : run.invocations()) covered.addAll(inv.sourceRoots());
      }
    }
    ArtifactUris uris = new ArtifactUris(srcRoot);
    List<String> out = new ArrayList<>();
    for (Path dir : required) {
      if (!holdsJava(dir) || covered.contains(uris.folderUri(dir))) continue;
      out.add(dir + ": no log covers these sources: their compilation ran without MapGuard (give "
          + "every compilation -Xplugin:MapGuard sarif=FOLDER/, main and test alike)");
    }
    return out;
  }

  private static boolean holdsJava(Path dir) {
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
