package dev.mapguard.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupTest {
  @Test
  void preloadsThePluginsOwnClassesAndNotTheCommandLines() throws Exception {
    List<String> names = Warmup.pluginClassNames();

    assertThat(names).contains("dev.mapguard.extract.BodyTranslator", "dev.mapguard.analysis.EntryLocks",
        "dev.mapguard.report.sarif.SarifJson", "dev.mapguard.plugin.CompilationListener");
    assertThat(names).noneMatch(n -> n.startsWith("dev.mapguard.cli.") || n.startsWith("dev.mapguard.annotate."));
  }

  @Test
  void classifiesJarEntries() {
    assertThat(Warmup.isPluginClass("dev/mapguard/model/Stmt.class")).isTrue();
    assertThat(Warmup.isPluginClass("dev/mapguard/report/sarif/SarifJson$Reader.class")).isTrue();
    assertThat(Warmup.isPluginClass("dev/mapguard/cli/Main.class")).isFalse();
    assertThat(Warmup.isPluginClass("dev/mapguard/shaded/jackson/core/JsonFactory.class")).isFalse();
    assertThat(Warmup.isPluginClass("dev/mapguard/rules/docs/UnguardedMapAccess.md")).isFalse();
  }

  @Test
  void endsBeforeTheAnalysisRuns() throws Exception {
    Warmup warmup = Warmup.start(true);
    warmup.awaitCatalogue();
    warmup.finish();

    assertThat(warmup.isRunning()).isFalse();
  }
}
