package dev.mapguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotate} as a first-time user runs it: no --flavour, then again. */
class AnnotateCommandTest {

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  @Test
  void withoutAFlavourItWritesErrorPronesAndASecondRunFindsTheJar(@TempDir Path dir) throws Exception {
    Path project = dir.resolve("order-service");
    copy(CheckCommandTest.EXAMPLES.resolve("order-service"), project);
    // a local Maven repository holding the annotations' jar, as a Maven build of the project leaves it
    Path jar = Path.of(com.google.errorprone.annotations.concurrent.GuardedBy.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI());
    Path repo = dir.resolve("m2");
    Path inRepo = repo.resolve("com/google/errorprone/error_prone_annotations/2.9.0/error_prone_annotations-2.9.0.jar");
    Files.createDirectories(inRepo.getParent());
    Files.copy(jar, inRepo);
    String before = System.getProperty("maven.repo.local");
    System.setProperty("maven.repo.local", repo.toString());
    try {
      CheckCommandTest.Run first = CheckCommandTest.run("annotate", project.toString());
      assertThat(first.exit()).as(first.toString()).isZero();
      assertThat(first.out()).contains("writing Error Prone's (com.google.errorprone:error_prone_annotations)")
          .contains("added 3 annotation(s)");
      CheckCommandTest.Run second = CheckCommandTest.run("annotate", project.toString());
      assertThat(second.exit()).as(second.toString()).isZero();
      assertThat(second.out()).contains("GuardedBy from " + inRepo).contains("added 0 annotation(s)");

      System.setProperty("maven.repo.local", dir.resolve("empty").toString());
      CheckCommandTest.Run without = CheckCommandTest.run("annotate", project.toString());
      assertThat(without.exit()).isEqualTo(CheckCommand.DOES_NOT_COMPILE);
      assertThat(without.err()).contains("get it with 'mvn dependency:get "
          + "-Dartifact=com.google.errorprone:error_prone_annotations:");
    } finally {
      if (before == null) System.clearProperty("maven.repo.local");
      else System.setProperty("maven.repo.local", before);
    }
  }

  @Test
  void versionsCompareAsNumbers() {
    assertThat(AnnotationJars.compareVersions("2.10.0", "2.9.1")).isPositive();
    assertThat(AnnotationJars.compareVersions("1.0", "1.0.0")).isZero();
  }
}
