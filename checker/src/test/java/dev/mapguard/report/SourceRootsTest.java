package dev.mapguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceRootsTest {
  @Test
  void theRootIsTheFolderAboveThePackageFolders() {
    assertThat(SourceRoots.of(Path.of("/p/src/main/java/a/b/C.java"), "a.b")).isEqualTo(Path.of("/p/src/main/java"));
    assertThat(SourceRoots.of(Path.of("/p/src/C.java"), "")).isEqualTo(Path.of("/p/src"));
  }

  @Test
  void aFileOutsideItsPackageFoldersCountsItsOwnFolder() {
    assertThat(SourceRoots.of(Path.of("/p/src/x/C.java"), "a.b")).isEqualTo(Path.of("/p/src/x"));
    assertThat(SourceRoots.of(Path.of("/b/C.java"), "a.b")).isEqualTo(Path.of("/b"));
  }
}
