package dev.mapguard.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Checks a {@code --classpath} before javac sees it. javac skips an entry that does not exist
 * and reports a file that is not a jar as "zip END header not found" against every source file,
 * after which the command could only say "the sources do not compile"; a typo in a path deserves
 * one line naming the entry instead.
 */
final class ClasspathEntries {
  private ClasspathEntries() {}

  /** What is wrong with the first bad entry of {@code classpath}, or null if nothing is. */
  static String problem(String classpath) {
    if (classpath == null) return null;
    for (String entry : classpath.split(File.pathSeparator, -1)) {
      if (entry.isEmpty() || entry.endsWith("*")) continue; // empty entries; javac's lib/* form
      Path p = Path.of(entry);
      if (!Files.exists(p)) {
        return "--classpath entry " + entry + " does not exist (give folders and .jar files, separated by "
            + File.pathSeparator + ")";
      }
      if (Files.isDirectory(p)) continue;
      try (ZipFile ignored = new ZipFile(p.toFile())) {
        // a jar (or zip) javac can read
      } catch (IOException e) {
        return "--classpath entry " + entry + " is neither a folder nor a jar file";
      }
    }
    return null;
  }
}
