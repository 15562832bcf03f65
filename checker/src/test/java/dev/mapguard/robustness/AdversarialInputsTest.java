package dev.mapguard.robustness;

import dev.mapguard.harness.Scenario;
import dev.mapguard.harness.ScenarioCompiler;
import dev.mapguard.harness.TestInputsTest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small versions of the adversarial inputs (bench/scaling runs the large ones): MapGuard must
 * finish without an internal error or a stack overflow (either would be reported as an internal
 * error, which fails the scenario) and report exactly the findings written on the generated lines,
 * which are the same whatever the size (the large inputs carry the same expectations).
 */
class AdversarialInputsTest {
  @TempDir
  static Path dir;

  @TestFactory
  Stream<DynamicTest> smallInputsGiveTheExpectedFindings() {
    ScenarioCompiler compiler = new ScenarioCompiler(List.of());
    return Arrays.stream(AdversarialInputs.Shape.values()).map(shape -> DynamicTest.dynamicTest(
        shape.folder + " (" + shape.small + ")", () -> {
          Path root = AdversarialInputs.write(shape, shape.small, dir.resolve("small"));
          TestInputsTest.run(compiler, Scenario.load(dir, root));
        }));
  }
}
