package dev.mapguard.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mapguard.annotate.TestInputs;
import dev.mapguard.harness.ScenarioCompiler;
import dev.mapguard.oracle.OracleCompiler.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracles are not vacuous: a wrong guard is an error for each, and no listed exception covers it. */
class OracleSanityTest {
  @TempDir
  Path dir;

  @Test
  void aWrongGuardIsRejectedByBothCheckers() throws IOException {
    assumeTrue(OracleCompiler.internalsOpen(), "needs the argLine of the 'oracle' surefire execution");
    OracleCompiler compiler = new OracleCompiler(ScenarioCompiler.compileStubs(TestInputs.ROOT.resolve("stubs")));
    for (Checker checker : Checker.values()) {
      String annotation = checker == Checker.CHECKER_FRAMEWORK
          ? "org.checkerframework.checker.lock.qual.GuardedBy"
          : "com.google.errorprone.annotations.concurrent.GuardedBy";
      Path file = dir.resolve(checker.name()).resolve("Wrong.java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n",
          "import java.util.HashMap;",
          "import java.util.Map;",
          "import " + annotation + ";",
          "class Wrong {",
          "  private final Object other = new Object();",
          "  @GuardedBy(\"other\") private final Map<String, String> m = new HashMap<>();",
          "  synchronized void put(String k) { m.put(k, k); }",
          "}",
          ""));
      List<OracleCompiler.Error> errors = compiler.compile(checker, List.of(file));
      assertThat(errors).as(checker.name()).isNotEmpty();
      for (OracleCompiler.Error e : errors) {
        for (LockOracleTest.Allowance a : LockOracleTest.EVERYWHERE) {
          assertThat(a.covers(checker, "Wrong.java", e)).as(e.toString()).isFalse();
        }
      }
    }
  }
}
