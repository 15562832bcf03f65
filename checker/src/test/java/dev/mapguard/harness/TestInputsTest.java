package dev.mapguard.harness;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every scenario under {@code test-inputs/} with the plugin and compares MapGuard's
 * diagnostics with the {@code // expect:} comments: every expected finding must be reported on
 * its line, and nothing else may be. Scenarios must compile and MapGuard must not fail inside.
 */
public class TestInputsTest {
  static final Path TEST_INPUTS = Path.of(System.getProperty("mapguard.testInputs", "../test-inputs"))
      .toAbsolutePath().normalize();
  private static final Pattern RULE = Pattern.compile("^\\[([A-Za-z]+)\\] ");
  private static final List<String> NOT_SCENARIOS = List.of("stubs", "README.md");

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    Path stubs = ScenarioCompiler.compileStubs(TEST_INPUTS.resolve("stubs"));
    ScenarioCompiler compiler = new ScenarioCompiler(List.of(stubs));
    List<Scenario> all = new ArrayList<>();
    try (Stream<Path> categories = Files.list(TEST_INPUTS)) {
      for (Path category : categories.sorted().toList()) {
        if (!Files.isDirectory(category) || NOT_SCENARIOS.contains(category.getFileName().toString())) {
          continue;
        }
        try (Stream<Path> entries = Files.list(category)) {
          for (Path p : entries.sorted().toList()) {
            if (Files.isDirectory(p) || p.toString().endsWith(".java")) {
              all.add(Scenario.load(TEST_INPUTS, p));
            }
          }
        }
      }
    }
    return all.stream().map(s -> DynamicTest.dynamicTest(s.name(), s.root().toUri(), () -> run(compiler, s)));
  }

  public static void run(ScenarioCompiler compiler, Scenario s) {
    assumeTrue(Runtime.version().feature() >= s.requiresJdk(),
        "needs JDK " + s.requiresJdk() + ", running " + Runtime.version().feature());
    assumeTrue(s.knownGap() == null, "known gap: " + s.knownGap());
    ScenarioCompiler.Result result = compiler.compile(s.files(), s.options(), List.of());
    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : result.errors()) {
      if (!d.getMessage(null).startsWith("[")) problems.add("does not compile: " + describe(d));
    }
    Map<Expectation, String> actual = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      String msg = d.getMessage(null);
      if (msg.startsWith("[MapGuard]")) {
        problems.add("MapGuard failed: " + describe(d));
        continue;
      }
      Matcher m = RULE.matcher(msg);
      if (!m.find() || d.getSource() == null) continue;
      String file = Path.of(d.getSource().toUri()).getFileName().toString();
      Expectation e = new Expectation(file, (int) d.getLineNumber(), m.group(1));
      if (actual.containsKey(e)) {
        problems.add("reported twice on one line: " + e + " " + msg);
      }
      actual.put(e, msg);
    }
    for (Expectation e : s.expected()) {
      if (!actual.containsKey(e)) {
        problems.add("missing finding " + e + " (the line says // expect: " + e.rule() + ")");
        continue;
      }
      String words = s.words().get(e);
      String said = actual.get(e).replaceAll("\\s+", " ");
      if (words != null && !said.contains(words)) {
        problems.add("finding " + e + " does not say \"" + words + "\": " + said);
      }
    }
    for (Map.Entry<Expectation, String> a : actual.entrySet()) {
      if (!s.expected().contains(a.getKey())) problems.add("unexpected finding " + a.getKey() + ": " + a.getValue());
    }
    if (!problems.isEmpty()) {
      fail(s.name() + ":\n  " + String.join("\n  ", problems));
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String file = d.getSource() == null ? "?" : Path.of(d.getSource().toUri()).getFileName().toString();
    return file + ":" + d.getLineNumber() + ": " + d.getMessage(null);
  }
}
