package dev.mapguard.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the plugin behaves as part of a build: options, levels, suppression, broken sources, its own bugs. */
class PluginBehaviourTest {
  private static final PluginRun.Source RACY = PluginRun.source("Racy", """
      import java.util.HashMap;
      import java.util.Map;
      import java.util.concurrent.Executors;
      import java.util.concurrent.ExecutorService;

      public class Racy {
        private final Map<String, Integer> counts = new HashMap<>();
        private final ExecutorService pool = Executors.newFixedThreadPool(2);

        public void countAsync(String word) {
          pool.execute(() -> counts.merge(word, 1, Integer::sum));
        }

        public int count(String word) {
          return counts.getOrDefault(word, 0);
        }
      }
      """);

  @AfterEach
  void clearFault() {
    System.clearProperty(FaultInjection.PROPERTY);
  }

  @Test
  void reportsBothSidesOfARaceAsWarningsAndTheBuildSucceeds() {
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard", List.of(), RACY);
    assertThat(run.success).isTrue();
    var findings = run.ofRule("UnguardedMapAccess");
    assertThat(findings).extracting(Diagnostic::getLineNumber).containsExactly(11L, 15L);
    assertThat(findings).allMatch(d -> d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
    assertThat(findings.get(0).getMessage(null))
        .contains("Racy.counts", "write (merge)", "read (getOrDefault) at Racy.java:15",
            "Executor.execute at Racy.java:11", "the calling thread");
  }

  @Test
  void findingsSurviveNowarnAndXlintNone() {
    assertThat(PluginRun.compile("-Xplugin:MapGuard", List.of("-nowarn"), RACY).ofRule("UnguardedMapAccess"))
        .hasSize(2);
    assertThat(PluginRun.compile("-Xplugin:MapGuard", List.of("-Xlint:none"), RACY).ofRule("UnguardedMapAccess"))
        .hasSize(2);
  }

  @Test
  void levelErrorFailsTheCompilation() {
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard level=error", List.of(), RACY);
    assertThat(run.success).isFalse();
    assertThat(run.ofRule("UnguardedMapAccess")).allMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .hasSize(2);
  }

  @Test
  void disabledRulesDoNotRun() {
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard disable=UnguardedMapAccess", List.of(), RACY);
    assertThat(run.mapGuardMessages()).isEmpty();
    assertThat(run.success).isTrue();
  }

  @Test
  void unknownOptionFailsWithOneLineNamingTheValidOnes() {
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard levle=error", List.of(), RACY);
    assertThat(run.success).isFalse();
    assertThat(run.mapGuardMessages()).singleElement().asString()
        .isEqualTo("[MapGuard] unknown option 'levle'; valid options: level, disable, severity, exclude, generated, internal-errors, sarif, srcroot, guard-threshold, stats, lenient"
            + " (in the same argument as the name: -Xplugin:MapGuard key=value ...)");
  }

  @Test
  void badValuesAndUnknownRulesSayWhatToChange() {
    assertThat(PluginRun.compile("-Xplugin:MapGuard level=fatal", List.of(), RACY).mapGuardMessages())
        .containsExactly("[MapGuard] bad value 'fatal' for level; use level=warning or level=error");
    assertThat(PluginRun.compile("-Xplugin:MapGuard disable=NoSuchRule", List.of(), RACY).mapGuardMessages())
        .singleElement().asString().startsWith("[MapGuard] unknown rule NoSuchRule in disable; valid rules: ")
        .contains("UnguardedMapAccess");
  }

  @Test
  void aSarifPathThatCannotBeWrittenIsRefusedBeforeTheCompilationRuns(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("build"), "a file where a folder should be");
    Path below = file.resolve("reports").resolve("mapguard.sarif");
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard sarif=" + below, List.of(), RACY);
    assertThat(run.success).isFalse();
    assertThat(run.mapGuardMessages()).containsExactly("[MapGuard] sarif=" + below
        + " cannot be written: " + file + " is a file, not a folder");
  }

  @Test
  void aReportTheFileSystemRefusesIsAWarningThatSaysWhatToChange() {
    // /proc takes no new folders: the option check passes, the write fails
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    Path refused = Path.of("/proc/mapguard-test/mapguard.sarif");
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard sarif=" + refused, List.of(), RACY);
    assertThat(run.success).isTrue();
    assertThat(run.mapGuardMessages()).filteredOn(m -> m.startsWith("[MapGuard] cannot write the SARIF"))
        .singleElement().asString()
        .startsWith("[MapGuard] cannot write the SARIF report " + refused + " (")
        .contains("point sarif= into a writable folder").doesNotContain("internal error");
  }

  @Test
  void anExtractionFailureOnCodeThatDoesNotCompileIsNoInternalError() {
    // as on code whose libraries are missing: javac's errors are the news, not MapGuard's trip
    PluginRun.Source broken = PluginRun.source("Broken", "class Broken { Missing m; }");
    System.setProperty("mapguard.faultInjection", "Racy");
    try {
      PluginRun run = PluginRun.compile("-Xplugin:MapGuard", List.of(), RACY, broken);
      assertThat(run.success).isFalse();
      assertThat(run.mapGuardMessages()).isEmpty();
      PluginRun clean = PluginRun.compile("-Xplugin:MapGuard", List.of(), RACY);
      assertThat(clean.mapGuardMessages()).anyMatch(m -> m.startsWith("[MapGuard] internal error analysing Racy"));
    } finally {
      System.clearProperty("mapguard.faultInjection");
    }
  }

  @Test
  void theShellsQuotedFormWorksPastedIntoABuildFileToo() {
    // <arg>-Xplugin:"MapGuard level=error"</arg>: Maven passes the quotes on to javac
    PluginRun quoted = PluginRun.compile("-Xplugin:\"MapGuard level=error\"", List.of(), RACY);
    assertThat(quoted.success).isFalse();
    assertThat(quoted.ofRule("UnguardedMapAccess")).hasSize(2).allMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    assertThat(PluginRun.compile("-Xplugin:\"MapGuard\"", List.of(), RACY).ofRule("UnguardedMapAccess")).hasSize(2);
  }

  @Test
  void eachRuleHasItsOwnLevelAndOffIsNotRun() {
    PluginRun error = PluginRun.compile("-Xplugin:MapGuard severity=UnguardedMapAccess:error", List.of(), RACY);
    assertThat(error.success).isFalse();
    assertThat(error.ofRule("UnguardedMapAccess")).hasSize(2).allMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    PluginRun off = PluginRun.compile("-Xplugin:MapGuard level=error severity=UnguardedMapAccess:off", List.of(), RACY);
    assertThat(off.success).isTrue();
    assertThat(off.ofRule("UnguardedMapAccess")).isEmpty();
  }

  @Test
  void generatedCodeIsLeftOutUnlessAskedFor() {
    PluginRun.Source generated = PluginRun.source("Racy", RACY.text().replace("public class Racy",
        "@javax.annotation.processing.Generated(\"a tool\")\npublic class Racy"));
    assertThat(PluginRun.compile("-Xplugin:MapGuard", List.of(), generated).ofRule("UnguardedMapAccess")).isEmpty();
    assertThat(PluginRun.compile("-Xplugin:MapGuard generated=include", List.of(), generated)
        .ofRule("UnguardedMapAccess")).hasSize(2);
  }

  @Test
  void suppressWarningsOnMethodClassOrFieldSilencesFindings() {
    String onMethod = RACY.text().replace("  public int count(", "  @SuppressWarnings(\"UnguardedMapAccess\")\n  public int count(");
    assertThat(PluginRun.compile("-Xplugin:MapGuard", List.of(), PluginRun.source("Racy", onMethod))
        .ofRule("UnguardedMapAccess")).extracting(Diagnostic::getLineNumber).containsExactly(11L);

    String onClass = RACY.text().replace("public class Racy", "@SuppressWarnings(\"MapGuard\")\npublic class Racy");
    assertThat(PluginRun.compile("-Xplugin:MapGuard", List.of(), PluginRun.source("Racy", onClass))
        .mapGuardMessages()).isEmpty();

    String onField = RACY.text().replace("  private final Map", "  @SuppressWarnings(\"UnguardedMapAccess\")\n  private final Map");
    assertThat(PluginRun.compile("-Xplugin:MapGuard", List.of(), PluginRun.source("Racy", onField))
        .mapGuardMessages()).isEmpty();
  }

  @Test
  void sourcesWithCompileErrorsGetJavacsErrorsAndNothingFromMapGuard() {
    String unresolved = RACY.text().replace("return counts.getOrDefault(word, 0);", "return countz.get(word);");
    String typeError = RACY.text().replace("return counts.getOrDefault(word, 0);", "return \"zero\";");
    String missingReturn = RACY.text().replace("return counts.getOrDefault(word, 0);", "counts.get(word);");
    for (String broken : List.of(unresolved, typeError, missingReturn)) {
      PluginRun run = PluginRun.compile("-Xplugin:MapGuard", List.of(), PluginRun.source("Racy", broken),
          PluginRun.source("Other", "public class Other { java.util.Map<String, String> m = new java.util.HashMap<>(); }"));
      assertThat(run.success).isFalse();
      assertThat(run.javacErrors()).isNotEmpty();
      assertThat(run.mapGuardMessages()).as("MapGuard stays silent on:\n" + broken).isEmpty();
    }
  }

  @Test
  void theOrderOfTheSourceFilesDoesNotChangeTheFindings() {
    PluginRun.Source store = PluginRun.source("Store", "public interface Store { void save(String k, String v); String load(String k); }");
    PluginRun.Source memory = PluginRun.source("MemoryStore", """
        import java.util.*;
        public class MemoryStore implements Store {
          private final Map<String, String> data = new HashMap<>();
          public void save(String k, String v) { data.put(k, v); }
          public String load(String k) { return data.get(k); }
        }
        """);
    PluginRun.Source service = PluginRun.source("Service", """
        import java.util.concurrent.*;
        public class Service {
          private final Store store = new MemoryStore();
          private final ExecutorService pool = Executors.newFixedThreadPool(2);
          public void saveAsync(String k, String v) { pool.execute(() -> store.save(k, v)); }
          public String load(String k) { return store.load(k); }
        }
        """);
    List<String> first = PluginRun.compile("-Xplugin:MapGuard", List.of(), memory, service, store).mapGuardMessages();
    List<String> second = PluginRun.compile("-Xplugin:MapGuard", List.of(), service, store, memory).mapGuardMessages();
    List<String> third = PluginRun.compile("-Xplugin:MapGuard", List.of(), store, memory, service).mapGuardMessages();
    assertThat(first).hasSize(2).isEqualTo(second).isEqualTo(third);
  }

  @Test
  void anInternalErrorBecomesOneWarningNamingTheClassAndTheBuildGoesOn() {
    System.setProperty(FaultInjection.PROPERTY, "Racy");
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard", List.of(), RACY);
    assertThat(run.success).isTrue();
    assertThat(run.mapGuardMessages()).singleElement().asString()
        .startsWith("[MapGuard] internal error analysing Racy: IllegalStateException: fault injected at Racy");
  }

  @Test
  void anInternalErrorInTheWholeProgramAnalysisIsAWarningToo() {
    System.setProperty(FaultInjection.PROPERTY, "analysis");
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard", List.of(), RACY);
    assertThat(run.success).isTrue();
    assertThat(run.mapGuardMessages()).singleElement().asString()
        .startsWith("[MapGuard] internal error analysing the compilation (1 classes): ");
  }

  @Test
  void internalErrorsFailTheBuildWhenAskedTo() {
    System.setProperty(FaultInjection.PROPERTY, "Racy");
    PluginRun run = PluginRun.compile("-Xplugin:MapGuard internal-errors=fail", List.of(), RACY);
    assertThat(run.success).isFalse();
    assertThat(run.diagnostics).filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR).hasSize(1);
  }
}
