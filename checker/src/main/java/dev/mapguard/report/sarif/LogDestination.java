package dev.mapguard.report.sarif;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code sarif=} sends the logs: one file, or a folder in which every compilation writes its
 * own log named after its source folders (the safe form for a build that compiles more than once:
 * Maven's main and test compilations). Either way, the folder that holds the logs also holds the
 * build record ({@link BuildRecord}), which names every compilation that wrote there.
 *
 * @param path   the file, or the folder
 * @param folder whether {@code path} is a folder: the value ends in a separator or names one
 */
public record LogDestination(Path path, boolean folder) {

  public static LogDestination of(String value) {
    boolean folder = value.endsWith("/") || value.endsWith(File.separator) || Files.isDirectory(Path.of(value));
    return new LogDestination(Path.of(value), folder);
  }

  /** The log of the compilation {@code id}. */
  public Path logFor(CompilationId id) {
    return folder ? path.resolve(id.logFileName()) : path;
  }

  /** The build record of the folder the logs go to. */
  public Path recordFile() {
    Path dir = folder ? path : path.toAbsolutePath().getParent();
    return dir.resolve(BuildRecord.FILE_NAME);
  }
}
