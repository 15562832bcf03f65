package dev.mapguard.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build record as compilations write it: rebuilt lines replaced, parallel writers all kept. */
class BuildRecordTest {

  @Test
  void aCompilationRunAgainReplacesItsLineAndNamesWhoElseWroteItsLog(@TempDir Path dir) throws Exception {
    Path record = dir.resolve(BuildRecord.FILE_NAME);
    assertThat(BuildRecord.add(record, new BuildRecord.Entry("t1", "src/main/java/", "x.sarif"))).isEmpty();
    List<BuildRecord.Entry> others = BuildRecord.add(record, new BuildRecord.Entry("t2", "src/test/java/", "x.sarif"));
    assertThat(others).containsExactly(new BuildRecord.Entry("t1", "src/main/java/", "x.sarif"));
    BuildRecord.add(record, new BuildRecord.Entry("t3", "src/main/java/", "x.sarif"));
    assertThat(BuildRecord.read(record)).containsExactly(
        new BuildRecord.Entry("t2", "src/test/java/", "x.sarif"), new BuildRecord.Entry("t3", "src/main/java/", "x.sarif"));
    assertThat(Files.readString(record)).startsWith("# MapGuard build record");
  }

  @Test
  void compilationsWritingAtOnceAreAllRecorded(@TempDir Path dir) throws Exception {
    // Maven -T: modules' compilations in one JVM, each plugin in its own class loader
    Path record = dir.resolve(BuildRecord.FILE_NAME);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        done.add(pool.submit(() -> {
          BuildRecord.add(record, new BuildRecord.Entry("t" + n, "m" + n + "/src/main/java/", "m" + n + ".sarif"));
          return null;
        }));
      }
      for (Future<?> f : done) f.get();
    } finally {
      pool.shutdown();
    }
    assertThat(BuildRecord.read(record)).hasSize(40);
  }

  @Test
  void aDamagedRecordIsOneLineSayingWhatToDo(@TempDir Path dir) throws Exception {
    Path record = Files.writeString(dir.resolve(BuildRecord.FILE_NAME), "not a record\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BuildRecord.read(record))
        .hasMessageContaining("line 1 is not a build record line").hasMessageContaining("delete the file and rebuild");
  }
}
