package dev.mapguard.bench;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Fetches and resolves the libraries into the cache without compiling anything. */
@Command(name = "prepare", description = "Fetch sources jars and resolve classpaths into the cache.")
final class PrepareCommand implements Callable<Integer> {
  @Option(names = "--only", description = "Only this library (by name).")
  String only;

  @Override
  public Integer call() throws Exception {
    BenchPaths paths = BenchPaths.fromEnvironment();
    LibraryCache cache = new LibraryCache(paths.cache(), new Maven(paths.repo()));
    int failed = 0;
    for (Library lib : Selection.of(Library.load(paths.libraries()), only, false)) {
      try {
        PreparedLibrary p = cache.prepare(lib);
        System.out.printf("%-14s %6d files %9d lines %3d classpath entries%n", p.name(), p.files(),
            p.lines(), p.classpath().size());
      } catch (Exception e) {
        failed++;
        System.out.printf("%-14s FAILED: %s%n", lib.name(), e.getMessage());
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
