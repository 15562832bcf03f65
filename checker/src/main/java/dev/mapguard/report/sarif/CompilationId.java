package dev.mapguard.report.sarif;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which compilation of a build wrote a log: the source folders of the files javac was given,
 * relative to {@code srcroot} ({@code src/main/java/}, {@code src/test/java/}). A build's main and
 * test compilations differ in it, and a compilation run again keeps it, so a log can say whose it
 * is and a gate can tell a log that another compilation overwrote.
 *
 * @param name the folders' URIs (as in the log's {@code sourceRoots}), sorted, space-separated
 */
public record CompilationId(String name) {
  /** The longest file name made from a compilation's folders, before a hash stands in for the rest. */
  private static final int MAX_NAME = 80;

  public static CompilationId of(List<Path> sourceFolders, Path sourceRoot) {
    ArtifactUris uris = new ArtifactUris(sourceRoot);
    return new CompilationId(String.join(" ",
        sourceFolders.stream().map(uris::folderUri).distinct().sorted().toList()));
  }

  /**
   * The file name of this compilation's log in a {@code sarif=} folder: {@code src-main-java.sarif}.
   * Two compilations whose folders differ only in punctuation share it; the gate then sees one
   * log replaced by the other and fails, so a clash cannot pass unnoticed.
   */
  public String logFileName() {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) slug = "sources";
    if (slug.length() > MAX_NAME) {
      slug = slug.substring(0, MAX_NAME) + "-" + Integer.toHexString(name.hashCode());
    }
    return slug + ".sarif";
  }
}
