package dev.mapguard.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
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

  @Test
  void loadsThePluginsClassesAheadOfTheCompilerThread() throws Exception {
    try (Probe probe = Probe.ofPluginClasses()) {
      probe.warmUp(false);

      assertThat(probe.loaded("dev.mapguard.analysis.EntryLocks")).isTrue();
      assertThat(probe.loaded("dev.mapguard.extract.BodyTranslator")).isTrue();
      assertThat(probe.loaded("dev.mapguard.cli.Main")).isFalse();
      assertThat(probe.loaded("dev.mapguard.report.sarif.SarifJson")).isFalse(); // no log written
    }
  }

  @Test
  void preparesTheSarifWriterWhenTheCompilationWritesALog() throws Exception {
    try (Probe probe = Probe.ofPluginClasses()) {
      probe.warmUp(true);

      assertThat(probe.loaded("dev.mapguard.report.sarif.SarifJson")).isTrue();
      assertThat(probe.loaded("dev.mapguard.report.sarif.RuleDescriptors")).isTrue();
    }
  }

  /**
   * MapGuard's classes in a class loader of their own, as javac's processor path gives the
   * plugin, so that what the warm-up loaded can be told from what this test run already has.
   */
  private static final class Probe extends URLClassLoader {
    Probe(URL classes) {
      super(new URL[] {classes}, WarmupTest.class.getClassLoader());
    }

    static Probe ofPluginClasses() {
      return new Probe(Warmup.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.mapguard.")) return super.loadClass(name, resolve);
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        return c != null ? c : findClass(name); // MapGuard's own: defined here, not by the parent
      }
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }

    void warmUp(boolean sarif) throws Exception {
      Class<?> warmup = loadClass(Warmup.class.getName());
      Method start = warmup.getDeclaredMethod("start", boolean.class);
      Method running = warmup.getDeclaredMethod("isRunning");
      Method finish = warmup.getDeclaredMethod("finish");
      start.setAccessible(true);
      running.setAccessible(true);
      finish.setAccessible(true);
      Object w = start.invoke(null, sarif);
      // let it run its course, as it does while javac parses (finish() would cut it short)
      long deadline = System.nanoTime() + 30_000_000_000L;
      while ((Boolean) running.invoke(w) && System.nanoTime() < deadline) Thread.sleep(5);
      finish.invoke(w);
    }
  }
}
