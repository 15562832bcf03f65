package dev.mapguard.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A library ready to compile: its source files (listed one per line in {@code sourcesFile}, for
 * javac's {@code @file}), its classpath, and its size.
 */
record PreparedLibrary(Library library, Path sourcesFile, List<Path> classpath, int files,
                       long lines) {
  String name() {
    return library.name();
  }
}
