package dev.mapguard.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The scenarios under {@code test-inputs/} (a file, or a folder compiled together), as the harness sees them. */
public final class TestInputs {
  public static final Path ROOT = Path.of(System.getProperty("mapguard.testInputs", "../test-inputs"))
      .toAbsolutePath().normalize();

  private TestInputs() {}

  public static List<Path> scenarios() {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> categories = Files.list(ROOT)) {
      for (Path category : categories.sorted().toList()) {
        if (!Files.isDirectory(category) || category.getFileName().toString().equals("stubs")) continue;
        try (Stream<Path> entries = Files.list(category)) {
          for (Path p : entries.sorted().toList()) {
            if (Files.isDirectory(p) || p.toString().endsWith(".java")) out.add(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static List<Path> javaFiles(Path scenario) {
    try (Stream<Path> s = Files.isDirectory(scenario) ? Files.walk(scenario) : Stream.of(scenario)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String name(Path scenario) {
    return ROOT.relativize(scenario).toString().replace('\\', '/');
  }
}
