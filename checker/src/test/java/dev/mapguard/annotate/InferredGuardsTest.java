package dev.mapguard.annotate;

import static org.junit.jupiter.api.Assertions.fail;

import dev.mapguard.analysis.GuardInference;
import dev.mapguard.harness.ScenarioCompiler;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the guards MapGuard infers against the {@code // guard: EXPR} comments that test inputs
 * write on map fields ({@code // guard: none}: no guard may be inferred). Every field a comment
 * names must exist, and every inferred guard in a scenario with such comments must be expected.
 */
class InferredGuardsTest {
  private static final Pattern GUARD = Pattern.compile("//\\s*guard:\\s*(\\S+)\\s*$");

  @TestFactory
  Stream<DynamicTest> inferredGuards() throws IOException {
    Path stubs = ScenarioCompiler.compileStubs(TestInputs.ROOT.resolve("stubs"));
    List<DynamicTest> tests = new ArrayList<>();
    for (Path scenario : TestInputs.scenarios()) {
      Map<String, String> expected = expectations(scenario);
      if (expected.isEmpty()) continue;
      tests.add(DynamicTest.dynamicTest(TestInputs.name(scenario), scenario.toUri(),
          () -> check(scenario, expected, stubs)));
    }
    return tests.stream();
  }

  /** file:line -> expected expression (or "none"). */
  private static Map<String, String> expectations(Path scenario) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (Path f : TestInputs.javaFiles(scenario)) {
      List<String> lines = Files.readAllLines(f);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = GUARD.matcher(lines.get(i));
        if (m.find()) out.put(f.getFileName() + ":" + (i + 1), m.group(1));
      }
    }
    return out;
  }

  private static void check(Path scenario, Map<String, String> expected, Path stubs) {
    ProjectAnalysis.Outcome outcome = ProjectAnalysis.run(TestInputs.javaFiles(scenario),
        stubs.toString(), null, Set.of());
    if (outcome.result() == null) fail("does not compile: " + outcome.errors());
    Map<String, String> actual = new TreeMap<>();
    for (GuardInference.Inferred g : outcome.result().guards().all()) {
      actual.put(lineOf(g.field()), g.expression());
    }
    Map<String, String> fieldLines = new TreeMap<>();
    for (FieldInfo f : outcome.result().program().fields().values()) {
      if (f.role() == FieldInfo.Role.MAP) fieldLines.put(lineOf(f), f.display());
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (!fieldLines.containsKey(e.getKey())) {
        problems.add(e.getKey() + ": a guard comment on a line that declares no map field");
        continue;
      }
      String got = actual.getOrDefault(e.getKey(), "none");
      if (!got.equals(e.getValue())) {
        problems.add(e.getKey() + " " + fieldLines.get(e.getKey()) + ": expected guard " + e.getValue()
            + ", inferred " + got);
      }
    }
    for (Map.Entry<String, String> a : actual.entrySet()) {
      if (!expected.containsKey(a.getKey())) {
        problems.add(a.getKey() + " " + fieldLines.get(a.getKey()) + ": inferred guard " + a.getValue()
            + " that no // guard: comment expects");
      }
    }
    if (!problems.isEmpty()) fail(TestInputs.name(scenario) + ":\n  " + String.join("\n  ", problems));
  }

  private static String lineOf(FieldInfo f) {
    SourcePos p = f.pos();
    return p.fileName() + ":" + p.endLine();
  }
}
