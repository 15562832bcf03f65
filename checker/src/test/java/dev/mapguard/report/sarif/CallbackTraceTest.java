package dev.mapguard.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a user reads when code passed to a helper that runs it in place writes the map: the
 * step says which code was passed to which helper, at the line that passes it.
 */
class CallbackTraceTest {
  @TempDir
  Path project;

  @Test
  void aCallbackStepNamesTheCodeAndTheHelperThatRunsIt() throws IOException {
    SarifCompiler.write(project, "src/Retries.java", """
        import java.util.HashMap;
        import java.util.Map;
        import java.util.concurrent.ExecutorService;
        import java.util.concurrent.Executors;

        public class Retries {
          private final Map<String, Integer> counts = new HashMap<>();
          private final ExecutorService pool = Executors.newFixedThreadPool(2);

          public void retryLater(String job) {
            pool.execute(() -> record(job));
          }

          private void record(String job) {
            timed(() -> counts.merge(job, 1, Integer::sum));
          }

          public int retriesOf(String job) {
            return counts.getOrDefault(job, 0);
          }

          private static void timed(Runnable step) {
            step.run();
          }
        }
        """);
    SarifCompiler.Compilation c = SarifCompiler.analyse(project, "");
    assertThat(c.exit()).as(c.output()).isZero();
    JsonNode log = new ObjectMapper().readTree(SarifCompiler.sarifOf(project).toFile());
    List<String> steps = new ArrayList<>();
    for (JsonNode result : log.get("runs").get(0).get("results")) {
      if (result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() != 15) {
        continue;
      }
      for (JsonNode flow : result.get("codeFlows").get(0).get("threadFlows")) {
        for (JsonNode step : flow.get("locations")) {
          steps.add(step.get("location").get("physicalLocation").get("region").get("startLine").asInt()
              + " " + step.get("location").get("message").get("text").asText());
        }
      }
    }
    assertThat(steps).contains(
        "11 calls Retries.record(..).",
        "15 passes lambda in Retries.record() to Retries.timed(..), which runs it.",
        "15 write (merge) of Retries.counts with no lock held.");
  }
}
