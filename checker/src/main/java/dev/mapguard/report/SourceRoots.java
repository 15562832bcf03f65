package dev.mapguard.report;

import java.nio.file.Path;

/** The source root of a compiled file: its folder without the folders of its package. */
public final class SourceRoots {
  private SourceRoots() {}

  /**
   * {@code /p/src/main/java} for {@code /p/src/main/java/a/b/C.java} in package {@code a.b}; the
   * file's own folder when the folders do not match the package (javac allows that).
   */
  public static Path of(Path file, String packageName) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    if (packageName == null || packageName.isEmpty()) return dir;
    String[] parts = packageName.split("\\.");
    Path root = dir;
    for (int i = parts.length - 1; i >= 0; i--) {
      if (root == null || root.getFileName() == null || !root.getFileName().toString().equals(parts[i])) {
        return dir;
      }
      root = root.getParent();
    }
    return root == null ? dir : root;
  }
}
