package dev.mapguard.robustness;

import dev.mapguard.harness.Scenario;
import dev.mapguard.harness.ScenarioCompiler;
import dev.mapguard.harness.TestInputsTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac writes no class file for a package-info.java without annotations (tomcat has many), and
 * MapGuard once took the missing class file for a failed compilation and stayed silent on the
 * whole library.
 */
class PackageInfoTest {
  @TempDir
  Path dir;

  @Test
  void packageInfoWithoutAnnotationsDoesNotSilenceMapGuard() throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("scenario/demo"));
    Files.writeString(pkg.resolve("package-info.java"), "/** Only a comment: no class file. */\npackage demo;\n");
    Files.writeString(pkg.resolve("Counter.java"), """
        package demo;

        import java.util.HashMap;
        import java.util.Map;
        import java.util.concurrent.ExecutorService;

        public class Counter {
          private final Map<String, Integer> counts = new HashMap<>();

          public void start(ExecutorService pool) {
            pool.submit(() -> counts.merge("a", 1, Integer::sum)); // expect: UnguardedMapAccess
          }

          public int read() {
            return counts.getOrDefault("a", 0); // expect: UnguardedMapAccess
          }
        }
        """);
    TestInputsTest.run(new ScenarioCompiler(List.of()), Scenario.load(dir, dir.resolve("scenario")));
  }
}
