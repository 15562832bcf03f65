package dev.mapguard.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scratch folders for tests that compile (class output, compiled stubs, annotated copies), which
 * JUnit's {@code @TempDir} cannot reach because they are made in helpers shared across tests. Each
 * is deleted with everything in it when the test JVM exits, so test runs leave nothing in the
 * system's temporary folder.
 */
public final class TestDirs {
  private static final List<Path> CREATED = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TestDirs::deleteAll, "test-dirs cleanup"));
  }

  private TestDirs() {}

  /** A new empty folder whose name starts with {@code prefix}, deleted at exit. */
  public static Path create(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      synchronized (CREATED) {
        CREATED.add(dir);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteAll() {
    synchronized (CREATED) {
      for (Path dir : CREATED) delete(dir);
      CREATED.clear();
    }
  }

  /** Deletes {@code dir} and what it holds; what cannot be deleted is left (a cleanup only). */
  static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException | UncheckedIOException e) {
      // already gone, or held open: nothing a test run can do about it at exit
    }
  }
}
