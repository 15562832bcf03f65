package dev.mapguard.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactUrisTest {
  @Test
  void filesBecomeRelativeSlashSeparatedPercentEncodedUris(@TempDir Path root) {
    ArtifactUris uris = new ArtifactUris(root);
    assertThat(uris.uri(root.resolve("src/main/java/a/B.java").toString())).isEqualTo("src/main/java/a/B.java");
    assertThat(uris.uri(root.resolve("my dir/Ä#1.java").toString())).isEqualTo("my%20dir/%C3%841.java".replace("1", "%231"));
    assertThat(uris.uri(root.resolve("c:x/B.java").toString())).isEqualTo("./c:x/B.java");
  }

  @Test
  void aFileOutsideTheRootIsStillRelative(@TempDir Path root) {
    ArtifactUris uris = new ArtifactUris(root.resolve("module"));
    assertThat(uris.uri(root.resolve("other/B.java").toString())).isEqualTo("../other/B.java");
  }

  @Test
  void foldersEndInASlashAndResolveBack(@TempDir Path root) {
    ArtifactUris uris = new ArtifactUris(root);
    assertThat(uris.folderUri(root)).isEqualTo("./");
    String uri = uris.folderUri(root.resolve("src dir/main"));
    assertThat(uri).isEqualTo("src%20dir/main/");
    assertThat(ArtifactUris.resolve(root, uri)).isEqualTo(root.resolve("src dir/main"));
  }
}
