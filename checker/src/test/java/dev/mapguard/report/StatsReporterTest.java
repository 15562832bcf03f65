package dev.mapguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.plugin.MapGuardPlugin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stats} option prints one line per compilation with counts and phase timings. */
class StatsReporterTest {
  private static final String SOURCE = """
      import java.util.HashMap;
      import java.util.Map;
      import java.util.concurrent.ExecutorService;
      class Counter {
        private final Map<String, Integer> counts = new HashMap<>();
        void start(ExecutorService pool) {
          pool.submit(() -> counts.merge("a", 1, Integer::sum));
        }
        int read() {
          return counts.getOrDefault("a", 0);
        }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void printsOneLineWithCountsAndPhases() throws Exception {
    String err = compile("stats");
    List<String> lines = err.lines().filter(l -> l.startsWith("[MapGuard] stats: ")).toList();
    assertThat(lines).hasSize(1);
    String line = lines.get(0);
    assertThat(number(line, "files")).isEqualTo(1);
    assertThat(number(line, "classes")).isEqualTo(1);
    assertThat(number(line, "map-fields")).isEqualTo(1);
    assertThat(number(line, "accesses")).isEqualTo(2);
    assertThat(number(line, "thread-roots")).isEqualTo(1);
    assertThat(number(line, "methods")).isGreaterThanOrEqualTo(3); // start, read, the lambda
    assertThat(number(line, "total-ms")).isEqualTo(number(line, "extract-ms") + number(line, "analyse-ms")
        + number(line, "rules-ms") + number(line, "report-ms"));
    assertThat(number(line, "peak-heap-mb")).isPositive();
    assertThat(line).contains("outcome=analysed");
  }

  @Test
  void silentWithoutTheOption() throws Exception {
    assertThat(compile("")).doesNotContain("[MapGuard] stats");
  }

  @Test
  void readsTheHeapOnlyWhenItsLineIsWanted() {
    StatsReporter without = new StatsReporter(false);
    without.stop(StatsReporter.Phase.EXTRACT, System.nanoTime());
    without.sampleHeap();
    assertThat(number(without.line("analysed", null, null), "peak-heap-mb")).isZero();
    StatsReporter with = new StatsReporter(true);
    with.stop(StatsReporter.Phase.EXTRACT, System.nanoTime());
    assertThat(number(with.line("analysed", null, null), "peak-heap-mb")).isPositive();
  }

  private String compile(String options) throws Exception {
    Path src = dir.resolve("Counter.java");
    Files.writeString(src, SOURCE);
    Path pluginClasses = Path.of(MapGuardPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      var task = javac.getTask(new StringWriter(), null, null, List.of("-d", dir.toString(), "-proc:none",
          "-processorpath", pluginClasses.toString(), ("-Xplugin:MapGuard " + options).strip()), null,
          javac.getStandardFileManager(null, null, null).getJavaFileObjects(src));
      assertThat(task.call()).isTrue();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static long number(String line, String key) {
    Matcher m = Pattern.compile(" " + Pattern.quote(key) + "=(\\d+)").matcher(line);
    assertThat(m.find()).as(key + " in " + line).isTrue();
    return Long.parseLong(m.group(1));
  }
}
